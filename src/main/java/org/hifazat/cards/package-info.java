/**
 * Sign-in cards: the slip of paper a pupil signs in with (class code, name, two pictures or two words).
 *
 * <p>Only a keyed hash of each pupil's secret is stored, so a secret can be printed only when it is made: when a
 * pupil is added, or when the teacher <b>resets</b> a pupil's secret. Fresh secrets wait in a <b>card batch</b>
 * until the teacher prints them: the batch is sealed (AES-GCM) with a key that lives only in a cookie of the
 * teacher's browser, so the database never holds a secret it can read, and any instance can show the print view.
 * A batch belongs to one class, collects every secret made in that browser until it is printed, and is forgotten
 * when the teacher says the cards are printed or when it expires (two hours by default).
 */
package org.hifazat.cards;
