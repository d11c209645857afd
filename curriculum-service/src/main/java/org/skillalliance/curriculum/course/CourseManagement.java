package org.skillalliance.curriculum.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.messaging.outbox.Outbox;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of courses: drafting, revising, publishing and retiring; the only door to courses. */
@Service
public class CourseManagement {

    /** A skill the author wants the course to teach, by catalogue id, with the level aimed at. */
    public record SkillRef(UUID skillId, int targetLevel) {
    }

    /** What the author sends; skills by reference. */
    public record Draft(String code, String title, String description, UUID providerId, DeliveryMode deliveryMode,
                        BigDecimal hours, List<SkillRef> skills, List<String> priorityTags,
                        String credentialOffered) {
    }

    private final JdbcCourses courses;
    private final SkillCatalogue skills;
    private final Outbox outbox;
    private final Clock clock;

    CourseManagement(JdbcCourses courses, SkillCatalogue skills, Outbox outbox, Clock clock) {
        this.courses = courses;
        this.skills = skills;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Drafts a course in an alliance's curriculum.
     *
     * @throws ApiException.Conflict when the alliance already has a course with this code (case-insensitive)
     */
    @Transactional
    public Course draft(UUID allianceId, Draft draft) {
        Course course = Course.draft(UUID.randomUUID(), allianceId, resolve(draft));
        if (courses.codeTaken(allianceId, course.definition().code(), course.id())) {
            throw new ApiException.Conflict("code", "the alliance already has a course with code '"
                    + course.definition().code() + "'");
        }
        courses.insert(course, clock.instant());
        return course;
    }

    /** Replaces the definition of a draft course; a published or retired course is refused (409). */
    @Transactional
    public Course revise(UUID courseId, Draft draft) {
        Course course = locked(courseId);
        course.revise(resolve(draft));
        if (courses.codeTaken(course.allianceId(), course.definition().code(), course.id())) {
            throw new ApiException.Conflict("code", "the alliance already has a course with code '"
                    + course.definition().code() + "'");
        }
        courses.update(course, clock.instant());
        return course;
    }

    /** Publishes a draft and announces it ({@code CoursePublished}); cohorts can then be scheduled. */
    @Transactional
    public Course publish(UUID courseId) {
        Course course = locked(courseId);
        record(course.publish());
        courses.update(course, clock.instant());
        return course;
    }

    /** Retires a published course and announces it ({@code CourseRetired}); no new cohorts or enrolments. */
    @Transactional
    public Course retire(UUID courseId) {
        Course course = locked(courseId);
        record(course.retire());
        courses.update(course, clock.instant());
        return course;
    }

    /** One course, or a 404. */
    @Transactional(readOnly = true)
    public Course get(UUID courseId) {
        return courses.find(courseId).orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    /** A page of courses matching the filters (each null for any). */
    @Transactional(readOnly = true)
    public PageResponse<Course> list(UUID allianceId, CourseStatus status, UUID providerId, String tag, UUID skillId,
                                     String text, PageQuery page) {
        JdbcCourses.Filter filter = new JdbcCourses.Filter(allianceId, status, providerId, tag, skillId,
                text == null || text.isBlank() ? null : text.trim());
        return PageResponse.of(courses.page(filter, page), page, courses.count(filter));
    }

    private Course locked(UUID courseId) {
        return courses.lock(courseId).orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    private CourseDefinition resolve(Draft draft) {
        List<SkillRef> refs = draft.skills() == null ? List.of() : draft.skills();
        Map<UUID, Skill> known = skills.byIds(refs.stream().map(SkillRef::skillId).toList());
        List<SkillTarget> targets = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            SkillRef ref = refs.get(i);
            Skill skill = known.get(ref.skillId());
            if (skill == null) {
                throw RuleBroken.rule("skills[" + i + "].skillId", "no skill " + ref.skillId() + " in the catalogue");
            }
            targets.add(new SkillTarget(skill.id(), skill.referenceCode(), skill.name(), skill.category(),
                    ref.targetLevel()));
        }
        return new CourseDefinition(draft.code(), draft.title(), draft.description(), draft.providerId(),
                draft.deliveryMode(), draft.hours(), targets, draft.priorityTags(), draft.credentialOffered());
    }

    private void record(CourseEvent event) {
        Course c = event.course();
        CourseDefinition d = c.definition();
        var mode = org.skillalliance.contracts.curriculum.DeliveryMode.valueOf(d.deliveryMode().name());
        List<CourseSkill> skillList = d.skills().stream()
                .map(s -> new CourseSkill(s.skillId(), s.skillCode(),
                        org.skillalliance.contracts.curriculum.SkillCategory.valueOf(s.category().name()),
                        s.targetLevel()))
                .toList();
        switch (event) {
            case CourseEvent.Published published -> outbox.append(EventTypes.COURSE_PUBLISHED, c.id(),
                    new CoursePublished(c.id(), c.allianceId(), d.providerId(), d.code(), d.title(), mode, d.hours(),
                            skillList, d.priorityTags(), d.credentialOffered()));
            case CourseEvent.Retired retired -> outbox.append(EventTypes.COURSE_RETIRED, c.id(),
                    new CourseRetired(c.id(), c.allianceId(), d.providerId(), d.code(), d.title(), mode, d.hours(),
                            skillList, d.priorityTags(), d.credentialOffered()));
        }
    }
}
