/**
 * Teacher training, certificates and the material library.
 *
 * <p>The <b>teacher track</b> is every module of the curriculum whose audience is teachers; each is a <b>unit</b>.
 * Adults (teachers and head teachers) play the units in the pupils' lesson and quiz player at
 * {@code /training/units/{unit}}, with their own progress, attempts and mastery (see org.hifazat.learning). A
 * <b>certificate</b> is issued, once per adult, in the transaction in which they master the last unit of the track
 * as it is then: it keeps their name, school and the units with titles, scores and dates as they were that day.
 * Its <b>verification code</b> is 20 random characters (100 bits), so codes cannot be guessed; anyone may check one
 * at the public page {@code /verify/{code}}, and unknown codes from one address are throttled. <b>Teachers
 * trained</b> in a school is its number of certificates. The <b>material library</b> at {@code /library} is every
 * material of {@code content/} by topic, band and kind, printable in either language; it is public, since it holds
 * no personal data and much of it (parent letters, app safety cards) is meant for families.
 */
package org.hifazat.training;
