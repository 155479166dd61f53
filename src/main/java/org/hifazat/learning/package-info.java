/**
 * The lesson player, quizzes and mastery.
 *
 * <p>A pupil's <b>progress</b> on a module starts when they open it: how many <b>steps</b> (story, practice,
 * takeaway) they have done, their quiz <b>attempts</b> and best score. Practice steps are never scored. A quiz
 * <b>attempt</b> is numbered per pupil and module; each <b>answer</b> is stored once per question, so a double click
 * or a retry over a bad network never counts twice. A module is <b>completed</b> when an attempt has every question
 * answered, and <b>mastered</b> when the score reaches the module's threshold with no critical question wrong: the
 * pupil then earns the module's <b>badge</b>. One retry is offered; after that the answers are explained.
 * <b>Confidence</b> ("I know how to ...", 1-4) is asked before the lesson and after the quiz, never graded.
 * Every attempt records the module's content version.
 */
package org.hifazat.learning;
