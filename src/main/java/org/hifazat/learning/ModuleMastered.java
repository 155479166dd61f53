package org.hifazat.learning;

import org.hifazat.curriculum.model.Module;

/**
 * Fired, inside the answer's transaction, when a learner masters a module for the first time: observers (the
 * teacher track's certificates) act in the same transaction, so both commit or neither does.
 */
public record ModuleMastered(Learner learner, Module module, ModuleProgress progress) {}
