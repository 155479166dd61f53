/**
 * A school's teachers, as its head teacher (school admin) manages them.
 *
 * <p>The head teacher <b>adds</b> a teacher with a name and a username; the teacher gets a <b>one-time password</b>,
 * shown once to the head teacher, and must choose their own password at the first sign-in before anything else.
 * A <b>reset</b> gives a new one-time password (and unlocks the account); a <b>deactivated</b> teacher can no longer
 * sign in, and their open sessions end at the next request, while their classes stay. A head teacher sees and
 * changes only their own school's teachers; another school's teacher answers as if it did not exist.
 *
 * <p>With Keycloak (production) accounts come from Keycloak, and the page lists the teachers without changing them
 * ({@code hifazat.staff.built-in-accounts=false}).
 */
package org.hifazat.staff;
