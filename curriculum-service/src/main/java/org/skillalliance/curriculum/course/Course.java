package org.skillalliance.curriculum.course;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;

/** A course of an alliance's shared curriculum; guards its definition and its lifecycle. */
@AggregateRoot
public final class Course {

    /** What a priority tag looks like, as a refusal says it. */
    static final String PRIORITY_TAG_RULE =
            "must be an upper-case tag such as DIGITAL or GREEN (A-Z, 0-9, _; at most 40)";

    /** True for a well-formed priority tag: the only kind a course can carry, so the only kind a filter can find. */
    static boolean isPriorityTag(String tag) {
        return tag != null && tag.matches("[A-Z][A-Z0-9_]{0,39}");
    }

    /** Most hours a course may have (a year of full-time training). */
    static final BigDecimal MAX_HOURS = new BigDecimal("2000");
    /** The longest prerequisites text a course carries. */
    public static final int MAX_PREREQUISITES = 2000;

    private static final Set<String> LANGUAGES = Set.of(java.util.Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(java.util.Locale.getISOCountries());

    private final UUID id;
    private final UUID allianceId;
    private CourseDefinition definition;
    private CourseStatus status;

    private Course(UUID id, UUID allianceId, CourseDefinition definition, CourseStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.allianceId = Objects.requireNonNull(allianceId, "allianceId");
        this.definition = definition;
        this.status = Objects.requireNonNull(status, "status");
    }

    /** A new draft, after checking its definition. */
    public static Course draft(UUID id, UUID allianceId, CourseDefinition definition) {
        return new Course(id, allianceId, checked(definition), CourseStatus.DRAFT);
    }

    /** A course as stored. */
    public static Course restore(UUID id, UUID allianceId, CourseDefinition definition, CourseStatus status) {
        return new Course(id, allianceId, definition, status);
    }

    /** Replaces the definition of a draft. */
    public void revise(CourseDefinition revised) {
        if (status != CourseStatus.DRAFT) {
            throw new TransitionRefused("course", id, status, "revise");
        }
        definition = checked(revised);
    }

    /** Publishes a draft: from now on cohorts of it can be scheduled. */
    public CourseEvent publish() {
        if (status != CourseStatus.DRAFT) {
            throw new TransitionRefused("course", id, status, "publish");
        }
        if (definition.skills().isEmpty()) {
            throw RuleBroken.rule("skills", "a course must teach at least one skill to be published");
        }
        status = CourseStatus.PUBLISHED;
        return new CourseEvent.Published(this);
    }

    /** Retires a published course: no new cohorts or enrolments; cohorts already running continue. */
    public CourseEvent retire() {
        if (status != CourseStatus.PUBLISHED) {
            throw new TransitionRefused("course", id, status, "retire");
        }
        status = CourseStatus.RETIRED;
        return new CourseEvent.Retired(this);
    }

    static CourseDefinition checked(CourseDefinition d) {
        if (d.code() == null || !d.code().matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}")) {
            throw RuleBroken.invalid(
                    "code", "must be 1 to 40 letters, digits, '.', '_', '/' or '-', starting with a letter or digit");
        }
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
            throw RuleBroken.invalid("title", "must be 1 to 200 characters");
        }
        if (d.providerId() == null) {
            throw RuleBroken.invalid("providerId", "is required");
        }
        if (d.deliveryMode() == null) {
            throw RuleBroken.invalid("deliveryMode", "is required");
        }
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(MAX_HOURS) > 0) {
            throw RuleBroken.invalid("hours", "must be more than 0 and at most " + MAX_HOURS);
        }
        if (d.hours().stripTrailingZeros().scale() > 2) {
            throw RuleBroken.invalid("hours", "must have at most 2 decimals");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < d.skills().size(); i++) {
            SkillTarget skill = d.skills().get(i);
            if (!seen.add(skill.skillId())) {
                throw RuleBroken.invalid("skills[" + i + "].skillId", "the skill is listed twice");
            }
            if (skill.targetLevel() < 1 || skill.targetLevel() > 5) {
                throw RuleBroken.invalid("skills[" + i + "].targetLevel", "must be between 1 and 5");
            }
        }
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < d.priorityTags().size(); i++) {
            String tag = d.priorityTags().get(i);
            if (!isPriorityTag(tag)) {
                throw RuleBroken.invalid("priorityTags[" + i + "]", PRIORITY_TAG_RULE);
            }
            if (!tags.add(tag)) {
                throw RuleBroken.invalid("priorityTags[" + i + "]", "the tag " + tag + " is listed twice");
            }
        }
        if (d.credentialOffered() != null
                && (d.credentialOffered().isBlank() || d.credentialOffered().length() > 200)) {
            throw RuleBroken.invalid("credentialOffered", "must be 1 to 200 characters, or null for none");
        }
        if (d.language() != null && !isLanguageTag(d.language())) {
            throw RuleBroken.invalid(
                    "language",
                    "must be an ISO 639-1 language code such as 'de' or 'en', optionally"
                            + " with an ISO 3166 region such as 'de-CH' (BCP 47), or null; got '" + d.language() + "'");
        }
        if (d.prerequisites() != null
                && (d.prerequisites().isBlank() || d.prerequisites().length() > MAX_PREREQUISITES)) {
            throw RuleBroken.invalid(
                    "prerequisites", "must be 1 to " + MAX_PREREQUISITES + " characters, or null for none");
        }
        return d;
    }

    /** An ISO 639-1 code in lower case, optionally followed by {@code -} and an ISO 3166 region in upper case. */
    static boolean isLanguageTag(String tag) {
        String[] parts = tag.split("-", -1);
        return parts.length <= 2
                && parts[0].matches("[a-z]{2}")
                && LANGUAGES.contains(parts[0])
                && (parts.length == 1 || parts[1].matches("[A-Z]{2}") && REGIONS.contains(parts[1]));
    }

    public UUID id() {
        return id;
    }

    public UUID allianceId() {
        return allianceId;
    }

    public CourseDefinition definition() {
        return definition;
    }

    public CourseStatus status() {
        return status;
    }

    public boolean offersCredential() {
        return definition.credentialOffered() != null;
    }

    /** The code as compared for uniqueness within the alliance. */
    public String codeKey() {
        return definition.code().toLowerCase(Locale.ROOT);
    }
}
