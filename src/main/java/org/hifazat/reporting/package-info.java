/**
 * Ministry dashboards and completion reports: reads, never writes (except its own pre-counts and the audit log).
 *
 * <p>A <b>scope</b> is the region a report covers: national, a province, a district or one school
 * ({@code national}, {@code province:PB}, {@code district:PB-LHR}, {@code school:EMIS}). A ministry account sees
 * its own scope and everything inside it, on every page, export and API call; an admin sees everything.
 *
 * <p>For a module, a pupil is <b>enrolled</b> when their (open) class has it assigned, or when they started it
 * anyway; <b>started</b> once they open it, <b>completed</b> once a quiz attempt is finished, <b>mastered</b> at the
 * module's threshold. Each is a subset of the one before. Figures come from <b>report counts</b>: per school, grade
 * and module, recounted from the source rows by {@link org.hifazat.reporting.CompletionCounts} every minute for
 * schools that changed and every school nightly; a feature whose change leaves no timestamp (a pupil deleted, a
 * class archived, an assignment withdrawn) may call {@code CompletionCounts.markDirty(schoolId)}.
 *
 * <p>A <b>date range</b> ({@link org.hifazat.reporting.DateRange}) narrows started, completed and mastered to the
 * pupils who did so on its days, summed from <b>report days</b> (per school, grade, module and day, kept by the
 * same recount); enrolled stays the pupils enrolled now, and completed may exceed started (a pupil who started
 * earlier). Without one, figures cover all dates.
 *
 * <p><b>Campaign counts</b> (per campaign and school: classes reached, their pupils, and how many started, completed
 * and mastered the campaign's module) are kept by the same recount for the campaign pages and the dashboard's
 * campaign section; a school a campaign reaches counts as changed.
 *
 * <p>A <b>completion table</b> is what the dashboard shows and every export writes, cell for cell: rows by area,
 * module or grade, a total row, and <b>suppression</b> of small counts ({@link org.hifazat.reporting.Suppression}).
 * When its rows are areas it also counts <b>teachers</b> (active teacher and head teacher accounts of open schools)
 * and <b>teachers trained</b> (those with a teacher-track certificate), read at the time from the training feature.
 * Reports hold aggregates only, never a pupil's name or id. Every export is audited (action "report-export").
 */
package org.hifazat.reporting;
