/**
 * Courses of an alliance's shared curriculum: code (unique per alliance), title, provider, delivery mode, hours, the
 * skills taught with a target level, the credential offered and the priority tags grant rules look at.
 *
 * <p>Lifecycle: {@code DRAFT -> PUBLISHED -> RETIRED}. Only a draft can be revised; only a published course gets
 * cohorts; retiring stops new cohorts and new enrolments, while cohorts already running continue. Publishing and
 * retiring return a {@code CourseEvent}, which {@code CourseManagement} hands to {@code CourseEventsPublisher}, the
 * only class here that knows the wire contracts: it announces them as {@code CoursePublished} / {@code CourseRetired}
 * with the complete course, keyed by the course.
 */
package org.skillalliance.curriculum.course;
