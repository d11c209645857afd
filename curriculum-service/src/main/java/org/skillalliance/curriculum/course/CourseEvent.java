package org.skillalliance.curriculum.course;

/** What happened to a course; each carries the course as it stands after the change. */
public sealed interface CourseEvent {

    Course course();

    record Published(Course course) implements CourseEvent {}

    record Retired(Course course) implements CourseEvent {}
}
