package org.hifazat.curriculum.model;

/** Who a module is for: pupils, or teachers taking the training track. */
public enum Audience {
    PUPIL,
    TEACHER
}
