/**
 * The school registry and rosters.
 *
 * <p>A <b>province</b> contains <b>districts</b>; a district contains <b>schools</b>, each known by its EMIS code
 * (the government's school identifier). A <b>class</b> is one grade (1-12) and section of a school, taught by a
 * teacher, with a <b>class code</b> that pupils type to sign in. A <b>pupil</b> is only a display name (first name
 * and initial) in a class, with a sign-in secret: a picture pair (grades 1-5) or two words (grades 6-12).
 * Pupils have no email, phone, photo or birth date.
 */
package org.hifazat.school;
