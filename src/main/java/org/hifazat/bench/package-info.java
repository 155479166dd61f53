/**
 * The national-scale benchmark: a seeded dataset the size of an awareness day, and the files the load scenarios
 * read.
 *
 * <p>The <b>dataset</b> is synthetic schools, classes and pupils (from {@link org.hifazat.registry.SyntheticSchools})
 * over the real districts, every class assigned the modules of its age band, and the pupils' <b>progress</b>,
 * quiz <b>attempts</b> and <b>answers</b> on the real modules, with the question and option ids of the lesson files
 * and scores the app itself would give. The same seed and size always give the same rows. The <b>load set</b> is a
 * few thousand pupils (and one teacher and one ministry official) whose sessions, open quiz attempts and requests
 * are written to files for the load tool: it is made afresh at every run. None of this runs unless
 * {@code hifazat.bench.generate=true} is given at start (deploy/bench/README.md).
 */
package org.hifazat.bench;
