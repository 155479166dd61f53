/**
 * A teacher's classes: the start pages of teachers and head teachers, creating, editing and archiving a class, and
 * the class page that other features hang their parts on.
 *
 * <p>A class is <b>open</b> until its teacher <b>archives</b> it at the end of the year: an archived class keeps its
 * pupils and reports for reading, but its pupils can no longer sign in, and a new class may take its grade and
 * section. A class's <b>language</b> is the one its sign-in cards are printed in and its pupils' pages start in.
 *
 * <p>Who may see what is decided once, in {@link org.hifazat.classes.ClassAccess}: a teacher sees and changes the
 * classes they teach; a school admin (head teacher) sees every class of their school but changes none; anyone else
 * is told the class does not exist. A <b>class section</b> ({@link org.hifazat.classes.ClassSection}) is another
 * feature's part of the class page (pupils, sign-in cards, worries, assignments, the dashboard): a link, with a
 * count that needs the teacher's attention where there is one.
 */
package org.hifazat.classes;
