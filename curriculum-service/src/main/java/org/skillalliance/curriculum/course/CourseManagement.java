package org.skillalliance.curriculum.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.Skill;
import org.skillalliance.curriculum.skill.SkillCatalogue;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of courses: drafting, revising, publishing and retiring; the only door to courses. */
@Service
public class CourseManagement {

    /** A skill the author wants the course to teach, by catalogue id, with the level aimed at. */
    public record SkillRef(UUID skillId, int targetLevel) {}

    /** What the author sends; skills by reference. */
    public record Draft(
            String code,
            String title,
            String description,
            UUID providerId,
            DeliveryMode deliveryMode,
            BigDecimal hours,
            List<SkillRef> skills,
            List<String> priorityTags,
            String credentialOffered,
            String language,
            String prerequisites) {

        /** A draft without language of instruction and prerequisites. */
        public Draft(
                String code,
                String title,
                String description,
                UUID providerId,
                DeliveryMode deliveryMode,
                BigDecimal hours,
                List<SkillRef> skills,
                List<String> priorityTags,
                String credentialOffered) {
            this(
                    code,
                    title,
                    description,
                    providerId,
                    deliveryMode,
                    hours,
                    skills,
                    priorityTags,
                    credentialOffered,
                    null,
                    null);
        }
    }

    /** What the catalogue shows of a course beside its cohorts: language of instruction and prerequisites. */
    public record Catalogue(String language, String prerequisites) {
        public static final Catalogue NONE = new Catalogue(null, null);
    }

    /** The catalogue facts of each of these courses, read in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, Catalogue> catalogue(java.util.Collection<UUID> courseIds) {
        return courses.catalogue(courseIds);
    }

    private final JdbcCourses courses;
    private final SkillCatalogue skills;
    private final MemberFacts memberFacts;
    private final CourseEventsPublisher events;
    private final Clock clock;

    CourseManagement(
            JdbcCourses courses,
            SkillCatalogue skills,
            MemberFacts memberFacts,
            CourseEventsPublisher events,
            Clock clock) {
        this.courses = courses;
        this.skills = skills;
        this.memberFacts = memberFacts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Drafts a course in an alliance's curriculum: a provider drafts its own courses (it is the course's provider), the
     * alliance's coordinator drafts for any provider.
     *
     * @throws ApiException.Forbidden      unless the caller is the named provider, the alliance's coordinator or an admin
     * @throws ApiException.Conflict when the alliance already has a course with this code (case-insensitive)
     */
    @Transactional
    public Course draft(Caller caller, UUID allianceId, Draft draft) {
        caller.requireAnyRole("draft courses", Role.PROVIDER, Role.COORDINATOR);
        if (!caller.isAdmin()
                && !coordinates(caller, allianceId)
                && !caller.actsAs(Role.PROVIDER, draft.providerId())) {
            throw new ApiException.Forbidden("a provider drafts only its own courses (providerId " + draft.providerId()
                    + " is not the caller's organisation), a coordinator only in the alliances it coordinates");
        }
        Course course = Course.draft(UUID.randomUUID(), allianceId, resolve(draft));
        if (courses.codeTaken(allianceId, course.definition().code(), course.id())) {
            throw new ApiException.Conflict(
                    "code",
                    "the alliance already has a course with code '"
                            + course.definition().code() + "'");
        }
        courses.insert(course, clock.instant());
        return course;
    }

    /**
     * Replaces the definition of a draft course; a published or retired course is refused (409). The course's
     * provider may revise it but not hand it to another provider; the alliance's coordinator may do both.
     *
     * @throws ApiException.Forbidden          unless the caller is the course's provider, its alliance's coordinator or an admin
     * @throws ApiException.NotFound     when the course does not exist or is a draft the caller may not see
     * @throws ApiException.InvalidInput when the request names another alliance
     */
    @Transactional
    public Course revise(Caller caller, UUID courseId, UUID allianceId, Draft draft) {
        caller.requireAnyRole("revise courses", Role.PROVIDER, Role.COORDINATOR);
        Course course = locked(caller, courseId);
        if (!caller.isAdmin() && !coordinates(caller, course.allianceId())) {
            if (!caller.actsAs(Role.PROVIDER, course.definition().providerId())) {
                throw new ApiException.Forbidden(
                        "only the course's provider or its alliance's coordinator revises course " + courseId);
            }
            if (!course.definition().providerId().equals(draft.providerId())) {
                throw new ApiException.Forbidden(
                        "a provider cannot hand its course to another provider; the alliance's" + " coordinator can");
            }
        }
        if (!course.allianceId().equals(allianceId)) {
            throw new ApiException.InvalidInput("allianceId", "a course cannot move to another alliance");
        }
        course.revise(resolve(draft));
        if (courses.codeTaken(course.allianceId(), course.definition().code(), course.id())) {
            throw new ApiException.Conflict(
                    "code",
                    "the alliance already has a course with code '"
                            + course.definition().code() + "'");
        }
        courses.update(course, clock.instant());
        return course;
    }

    /**
     * Publishes a draft and announces it ({@code CoursePublished}); cohorts can then be scheduled.
     *
     * @throws ApiException.Forbidden      unless the caller coordinates the course's alliance or is an admin
     * @throws ApiException.NotFound when the course does not exist or is a draft the caller may not see
     */
    @Transactional
    public Course publish(Caller caller, UUID courseId) {
        Course course = coordinated(caller, courseId, "publish");
        events.publish(course.publish());
        courses.update(course, clock.instant());
        return course;
    }

    /**
     * Retires a published course and announces it ({@code CourseRetired}); no new cohorts or enrolments.
     *
     * @throws ApiException.Forbidden      unless the caller coordinates the course's alliance or is an admin
     * @throws ApiException.NotFound when the course does not exist or is a draft the caller may not see
     */
    @Transactional
    public Course retire(Caller caller, UUID courseId) {
        Course course = coordinated(caller, courseId, "retire");
        events.publish(course.retire());
        courses.update(course, clock.instant());
        return course;
    }

    /** One course, or a 404 (the platform's own use, for cohorts and enrolments: no caller to check). */
    @Transactional(readOnly = true)
    public Course get(UUID courseId) {
        return courses.find(courseId).orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    /**
     * A course's status, or a 404 (the platform's own use: an enrolment request reads only whether the course is
     * retired, one row where {@link #get(UUID)} also reads the course's skills and tags).
     */
    @Transactional(readOnly = true)
    public CourseStatus status(UUID courseId) {
        return courses.status(courseId).orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    /** The course, if it exists (the platform's own use, where a missing course is no error). */
    @Transactional(readOnly = true)
    public java.util.Optional<Course> find(UUID courseId) {
        return courses.find(courseId);
    }

    /** The alliance's published courses (the platform's own use: recommendations, gap maps). */
    @Transactional(readOnly = true)
    public List<Course> publishedIn(UUID allianceId) {
        return courses.published(allianceId);
    }

    /**
     * One course as the caller may see it: published and retired courses are the alliances' public catalogue; a draft
     * only its provider, its alliance's coordinator and admins see (404 for everyone else).
     */
    @Transactional(readOnly = true)
    public Course get(Caller caller, UUID courseId) {
        return courses.find(courseId)
                .filter(course -> visible(caller, course))
                .orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    /** Whether the caller coordinates the alliance (as a coordinator acting for its coordinating organisation). */
    public boolean coordinates(Caller caller, UUID allianceId) {
        return caller.has(Role.COORDINATOR) && memberFacts.coordinates(caller.organisationId(), allianceId);
    }

    /**
     * A page of the courses matching the filters (each null for any) that the caller may see.
     *
     * @throws RuleBroken (400) for a tag no course can carry ({@code digital}): it would find nothing, silently
     */
    @Transactional(readOnly = true)
    public PageResponse<Course> list(
            Caller caller,
            UUID allianceId,
            CourseStatus status,
            UUID providerId,
            String tag,
            UUID skillId,
            String text,
            PageQuery page) {
        if (tag != null && !Course.isPriorityTag(tag)) {
            throw RuleBroken.invalid("tag", "'" + tag + "' " + Course.PRIORITY_TAG_RULE);
        }
        JdbcCourses.Visibility visibility = caller.isAdmin()
                ? JdbcCourses.Visibility.ALL
                : new JdbcCourses.Visibility(
                        caller.has(Role.PROVIDER) ? caller.organisationId() : null,
                        caller.has(Role.COORDINATOR)
                                ? memberFacts.alliancesCoordinatedBy(caller.organisationId())
                                : java.util.Set.of());
        // text: SearchText, trimmed and checked at the API's edge; null for no search
        JdbcCourses.Filter filter =
                new JdbcCourses.Filter(allianceId, status, providerId, tag, skillId, text, visibility);
        return PageResponse.of(courses.page(filter, page), page, courses.count(filter));
    }

    private boolean visible(Caller caller, Course course) {
        return caller.isAdmin()
                || course.status() != CourseStatus.DRAFT
                || caller.actsAs(Role.PROVIDER, course.definition().providerId())
                || coordinates(caller, course.allianceId());
    }

    private Course locked(Caller caller, UUID courseId) {
        return courses.lock(courseId)
                .filter(course -> visible(caller, course))
                .orElseThrow(() -> new ApiException.NotFound("course", courseId));
    }

    private Course coordinated(Caller caller, UUID courseId, String action) {
        caller.requireAnyRole(action + " courses", Role.COORDINATOR);
        Course course = locked(caller, courseId);
        if (!caller.isAdmin() && !coordinates(caller, course.allianceId())) {
            throw new ApiException.Forbidden(
                    "only the coordinator of alliance " + course.allianceId() + " may " + action + " its courses");
        }
        return course;
    }

    private CourseDefinition resolve(Draft draft) {
        List<SkillRef> refs = draft.skills() == null ? List.of() : draft.skills();
        Map<UUID, Skill> known =
                skills.byIds(refs.stream().map(SkillRef::skillId).toList());
        List<SkillTarget> targets = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            SkillRef ref = refs.get(i);
            Skill skill = known.get(ref.skillId());
            if (skill == null) {
                throw RuleBroken.rule("skills[" + i + "].skillId", "no skill " + ref.skillId() + " in the catalogue");
            }
            targets.add(new SkillTarget(
                    skill.id(), skill.referenceCode(), skill.name(), skill.category(), ref.targetLevel()));
        }
        return new CourseDefinition(
                draft.code(),
                draft.title(),
                draft.description(),
                draft.providerId(),
                draft.deliveryMode(),
                draft.hours(),
                targets,
                draft.priorityTags(),
                draft.credentialOffered(),
                draft.language(),
                draft.prerequisites());
    }
}
