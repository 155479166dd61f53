/**
 * The school registry: where every school is, and how the list of schools gets into Hifazat.
 *
 * <p>A <b>region</b> is a province (or administrative area) or a district, known by a stable <b>code</b>: the
 * province codes are ISO 3166-2:PK without "PK-" (PB, SD, KP, BA, IS, GB, JK); a district code is its province's
 * code, a dash and three letters (PB-LHR is Lahore). The real list ships with the application
 * (resources/registry) and is loaded at every start. A <b>registry import</b> is one CSV file of schools uploaded
 * by a system admin: it is checked line by line and <b>staged</b> in the database as a preview; nothing reaches the
 * school table until the admin <b>confirms</b>, and then every row does, or none. <b>Synthetic schools</b> are
 * made-up but plausible schools (with classes and pupils if asked) for demos and benchmarks, generated from a seed so
 * the same seed always gives the same schools.
 */
package org.hifazat.registry;
