/**
 * Who is signed in, and as what.
 *
 * <p>An <b>adult account</b> is a teacher, school admin (head teacher), ministry official or system admin. Its
 * <b>role</b> says what it may do; its <b>scope</b> says where: one school, one district, one province or the
 * nation. Adults sign in with a built-in account (bcrypt password) in the standalone default, or through
 * Keycloak in production. Pupils sign in with their class code, name and a picture pair or two words.
 *
 * <p>With <b>Keycloak</b> (the prod profile) an adult's <b>realm role</b> gives the app role and the
 * {@code hifazat_scope} claim ({@code school:EMIS}, {@code district:CODE}, {@code province:CODE}, {@code national})
 * gives the scope. The first sign-in <b>links</b> the Keycloak subject to the app account of the same username, or
 * creates the account; later sign-ins bring role and scope up to date. A token Keycloak signed but the app cannot
 * accept (no role, two roles, an unknown school or region) is <b>refused</b>: 403, and nothing is written.
 *
 * <p>A <b>session</b> is a signed cookie, not server state, so any instance can serve any request. It ends
 * after an idle timeout (shared classroom devices) or when the user signs out. Repeated wrong passwords
 * <b>lock</b> an account for a while.
 */
package org.hifazat.identity;
