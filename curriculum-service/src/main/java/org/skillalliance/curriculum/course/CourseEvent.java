package org.skillalliance.curriculum.course;

import org.jmolecules.event.annotation.DomainEvent;

/** What happened to a course; each carries the course as it stands after the change. */
@DomainEvent
public sealed interface CourseEvent {

    Course course();

    record Published(Course course) implements CourseEvent {}

    record Retired(Course course) implements CourseEvent {}
}
