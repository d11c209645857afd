package org.skillalliance.curriculum.skillsneeds.recommendation;

import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.course.Course;

/** A published course of the alliance with the earliest of its cohorts open for enrolment today. */
@ValueObject
public record CourseOffer(Course course, Cohort cohort) {}
