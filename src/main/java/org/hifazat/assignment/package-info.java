/**
 * Modules given to classes.
 *
 * <p>An <b>assignment</b> gives one module to one class for a <b>window</b> (first and last day). Pupils see it
 * from the first day; they may still finish it after the last day, and the dashboard then shows it as late. A
 * teacher may change the window or <b>withdraw</b> it; progress already made is kept. A <b>campaign</b> (a ministry
 * user's module for every class of some grades in a region) creates assignments that remember the campaign.
 */
package org.hifazat.assignment;
