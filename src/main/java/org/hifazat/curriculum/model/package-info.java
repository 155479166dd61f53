/**
 * The curriculum as data: immutable records read from {@code lessons/} and {@code content/}, and the scoring rules.
 * <ul>
 * <li><b>Module</b>: one lesson and its quiz for an audience (pupil or teacher), a topic and, for pupils, an age
 * band (A: grades 1-2, B: 3-5, C: 6-8, D: 9-12). Its <b>id</b> and the ids inside it (steps, questions, options,
 * cards, parts, nodes) never change once published; its <b>version</b> is a hash of its files and changes with any
 * edit. An attempt records both.</li>
 * <li><b>Step</b>: one screen of the lesson: story, chat, red flags, sort, order or takeaway. Chat, red flags,
 * sort and order are <b>practice</b>: feedback, never a score.</li>
 * <li><b>Quiz item</b>: a question worth one point when <b>graded</b> (every type but the pledge). A <b>critical</b>
 * item answered wrongly blocks mastery whatever the score.</li>
 * <li><b>Answer</b>: what the pupil chose, by ids only. <b>Mark</b>: feedback on one piece of an answer.</li>
 * <li><b>Mastery</b>: points / graded items at or above the module's threshold (default 80 %) and no critical item
 * wrong. A quiz score is never proof of safe behaviour; confidence items ask how sure the pupil feels.</li>
 * <li><b>Fact</b>: a Pakistan fact (law section, helpline, portal, date) with its source and the date it was last
 * checked; only verified facts are shown. <b>Material</b>: a teacher guide, worksheet, app card, parent letter or
 * workshop kit.</li>
 * </ul>
 */
package org.hifazat.curriculum.model;
