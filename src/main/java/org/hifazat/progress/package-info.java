/**
 * What teachers' dashboards read: the class dashboard, one pupil's history and the grid's export. Reads only; the
 * learning feature writes the rows.
 *
 * <p>The <b>grid</b> has a row per pupil of the class and a column per module the class has been given (a window
 * opened and not withdrawn, ended windows too). A cell's <b>status</b> is not started (no progress row), in
 * progress (opened; steps done shown as 3/8), completed (a quiz attempt finished) or mastered; its <b>score</b> is
 * the best quiz score in percent. Each status has a symbol and a word besides its colour. A pupil <b>needs help</b>
 * with a module when they have not started it a day after its window opened, when their latest attempt got an
 * important (critical) question wrong, or after two attempts without mastery. The <b>missed questions</b> are
 * counted in pupils (a pupil wrong twice counts once) over all attempts, with the wrong option chosen most often
 * (single, multiple, chat and true/false questions). <b>Confidence</b> before and after is the mean level (1-4) of
 * all answers in that phase. The <b>completion chart</b> counts pupil-and-module pairs completed and mastered by the
 * end of each day since the first window opened (at most the last 120 days). The <b>export</b> holds exactly the
 * grid's header and cells as shown, in the page's language.
 */
package org.hifazat.progress;
