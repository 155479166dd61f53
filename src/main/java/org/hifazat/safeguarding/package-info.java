/**
 * Worries: what a pupil tells a teacher, and the teacher's inbox.
 *
 * <p>A <b>worry report</b> is a pupil's short message from "Tell a teacher": what happened (a <b>category</b>), where
 * (optional) and their own words (optional). It is stored once per <b>report key</b>, a random id the form carries, so
 * a double click or a resubmission over a bad network never stores it twice. A report belongs to the pupil's class;
 * when the pupil is deleted it stays with the class, without the name. Other pupils never see it, and it is never
 * exported: the ministry sees counts only.
 *
 * <p>Only the <b>class teacher</b> reads the class's reports. The teacher moves a report through its <b>status</b>:
 * new (not opened yet), seen (opened: the first view does this), acted (the teacher did something about it) and
 * closed; a closed report may be opened again. The teacher keeps private <b>notes</b> on it and may <b>share</b> it
 * with the head teacher (the school admin), who then reads it and adds notes but does not change its status. Every
 * view and change is written to the audit log, and the report page shows that <b>trail</b>. Reporting routes shown
 * to pupils and teachers are verified facts from content/facts, named by key in hifazat.worries.*.
 */
package org.hifazat.safeguarding;
