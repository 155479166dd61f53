/**
 * What every page shares: the layout, the two languages, error pages and security headers.
 *
 * <p>The <b>language</b> of a page is English or Urdu, chosen by the language switch (remembered in a cookie),
 * else by the browser's preference. Urdu pages are right-to-left and set in a Nastaliq face. Every string a user
 * sees comes from the message bundles {@code messages/messages_en.properties} and {@code messages_ur.properties}
 * and is written in templates as {@code {m:key}}.
 */
package org.hifazat.web;
