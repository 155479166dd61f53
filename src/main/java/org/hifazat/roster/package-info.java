/**
 * A class's roster: its pupils, added by hand or from a class list (CSV), renamed, unlocked and deleted.
 *
 * <p>A pupil's <b>display name</b> is a first name and the initial of the family name ("Ayesha K."); surnames,
 * email addresses and phone numbers are refused. Two pupils of a class may not share a display name, since a child
 * finds their own name button by it. A <b>class list</b> is checked line by line and shown as a <b>preview</b>;
 * nothing is added until the teacher confirms, and then every name is added or none. The checked names wait as a
 * <b>draft</b> in the database, so any instance can take the confirmation. A class holds at most 100 pupils
 * (hifazat.roster.max-pupils). Every new pupil gets a fresh secret that waits to be printed on a sign-in card
 * (see org.hifazat.cards).
 */
package org.hifazat.roster;
