/**
 * Ministry campaigns: one pupil module for every class of some grades in a region, for a window.
 *
 * <p>A <b>campaign</b> (Safer Internet Day, an awareness week) names a module of the curriculum, a set of
 * <b>grades</b> within the module's band, a <b>region</b> (the nation, a province, a district, or one school by its
 * EMIS code) within the creator's own scope, and a <b>window</b>. On creation every <b>matching class</b> (open,
 * not archived, of one of the grades, in the region) is <b>reached</b>: it gets an assignment that remembers the
 * campaign, all in one transaction with set-based SQL. A class that already has the module in an overlapping window
 * (from its teacher or another campaign) is reached without a second assignment. Classes opened in the region later,
 * while the campaign runs, are reached when they are created and by a scheduled <b>top-up</b>.
 *
 * <p>A campaign is <b>withdrawn</b> (its assignments are withdrawn; pupils' progress is kept) or <b>ended early</b>
 * (its window, and its assignments' windows, end today; pupils may still finish). <b>Progress</b> counts, over the
 * classes reached, the pupils enrolled, those who started the module, completed it (quiz finished) and mastered it,
 * whenever they did; counts from 1 to 4 are shown as "&lt;5" with the completion report's suppression rule
 * ({@link org.hifazat.campaign.ShownProgress}). Ministry users see and change only campaigns whose region lies within
 * their scope; the regional dashboard shows the campaigns that reach the area on screen, with that area's figures.
 */
package org.hifazat.campaign;
