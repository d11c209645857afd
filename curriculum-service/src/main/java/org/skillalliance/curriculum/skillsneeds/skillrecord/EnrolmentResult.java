package org.skillalliance.curriculum.skillsneeds.skillrecord;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An enrolment's latest outcome as skill records need it: whose it is, the course, whether it proved the course's
 * levels ({@link CourseCompletion}) and the day it was completed ({@code null} unless completed).
 */
@ValueObject
public record EnrolmentResult(
        UUID enrolmentId,
        UUID courseId,
        UUID staffId,
        UUID employerId,
        CourseCompletion completion,
        LocalDate completedOn) {}
