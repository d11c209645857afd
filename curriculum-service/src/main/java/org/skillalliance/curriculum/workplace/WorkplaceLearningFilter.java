package org.skillalliance.curriculum.workplace;

import java.util.UUID;

/** Which plans a list asks for; null means any. */
public record WorkplaceLearningFilter(LearningKind kind, LearningStatus status, UUID staffId) {}
