/**
 * Modules given to classes.
 *
 * <p>An <b>assignment</b> gives one pupil module to one class for a <b>window</b>: a first and a last day, both
 * included, at most a year apart. Pupils see the module only inside its window: not before the first day, not after
 * the last; progress made stays, and the teacher can move the last day to let late pupils finish. On a given day an
 * assignment is <b>current</b> (inside its window), <b>upcoming</b>, <b>ended</b> or <b>withdrawn</b>. A teacher
 * may change the window of their own assignment or <b>withdraw</b> it (pupils stop seeing it; progress is kept);
 * one module has at most one standing window per class at a time, so windows of the same module never overlap. A
 * <b>campaign</b> (a ministry user's module for every class of some grades in a region) creates assignments that
 * remember the campaign; their windows are the campaign's, and teachers cannot change or withdraw them.
 */
package org.hifazat.assignment;
