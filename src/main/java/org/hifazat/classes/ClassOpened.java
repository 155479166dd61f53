package org.hifazat.classes;

/**
 * A CDI event fired inside the transaction that creates a class or restores an archived one, so other features
 * (campaigns) can give the open class what it should have.
 */
public record ClassOpened(long classId) {}
