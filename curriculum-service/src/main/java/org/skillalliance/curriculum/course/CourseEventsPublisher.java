package org.skillalliance.curriculum.course;

import java.util.List;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes course events to the outbox as their contracts, keyed by the course. Both contracts carry the complete course
 * (its skills with their category, its delivery mode), in the contracts' own enums.
 */
@Component
class CourseEventsPublisher {

    private final Outbox outbox;

    CourseEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(CourseEvent event) {
        Wire wire = wire(event);
        outbox.append(wire.type(), event.course().id(), wire.payload());
    }

    /** An event as it crosses the wire: its logical type and its contract payload. */
    record Wire(String type, Object payload) {}

    static Wire wire(CourseEvent event) {
        Course c = event.course();
        CourseDefinition d = c.definition();
        var mode = org.skillalliance.contracts.curriculum.DeliveryMode.valueOf(
                d.deliveryMode().name());
        List<CourseSkill> skills = d.skills().stream()
                .map(s -> new CourseSkill(
                        s.skillId(),
                        s.skillCode(),
                        org.skillalliance.contracts.curriculum.SkillCategory.valueOf(
                                s.category().name()),
                        s.targetLevel()))
                .toList();
        return switch (event) {
            case CourseEvent.Published published ->
                new Wire(
                        EventTypes.COURSE_PUBLISHED,
                        new CoursePublished(
                                c.id(),
                                c.allianceId(),
                                d.providerId(),
                                d.code(),
                                d.title(),
                                mode,
                                d.hours(),
                                skills,
                                d.priorityTags(),
                                d.credentialOffered()));
            case CourseEvent.Retired retired ->
                new Wire(
                        EventTypes.COURSE_RETIRED,
                        new CourseRetired(
                                c.id(),
                                c.allianceId(),
                                d.providerId(),
                                d.code(),
                                d.title(),
                                mode,
                                d.hours(),
                                skills,
                                d.priorityTags(),
                                d.credentialOffered()));
        };
    }
}
