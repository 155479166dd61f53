package org.hifazat.identity;

/** Where an adult's authority reaches. */
public enum ScopeType {
    SCHOOL,
    DISTRICT,
    PROVINCE,
    NATIONAL
}
