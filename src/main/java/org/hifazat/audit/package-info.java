/**
 * The audit log: who did what, to what, and when. An <b>audit event</b> is written for every sign-in, lock,
 * export and safeguarding action; events are never changed or deleted by the application.
 */
package org.hifazat.audit;
