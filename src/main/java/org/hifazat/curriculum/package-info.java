/**
 * The curriculum catalogue: modules and material loaded from the {@code lessons/} and {@code content/} folders,
 * read-only, validated and versioned ({@code model} holds the records and scoring, {@code format} the reading).
 * <ul>
 * <li>The <b>catalogue</b> is loaded at start-up and when an admin presses reload; a module with any problem is not
 * served, the others are, and the admin page lists what failed as {@code path:line: message}.</li>
 * <li>A <b>module version</b> row is kept for every content version the server has served, so an attempt can
 * name the exact version it was taken on.</li>
 * <li>The public <b>catalogue page</b> and {@code /api/v1/modules} show modules by topic and band, never answers
 * or feedback.</li>
 * </ul>
 */
package org.hifazat.curriculum;
