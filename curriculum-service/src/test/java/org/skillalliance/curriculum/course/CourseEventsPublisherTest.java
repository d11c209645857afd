package org.skillalliance.curriculum.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.curriculum.skill.SkillCategory;

/** Each course event as its contract: type, every field, and the domain's enums by name. */
class CourseEventsPublisherTest {

    private static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final UUID ALLIANCE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID PROVIDER = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    private static final UUID FORKLIFT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID SPREADSHEETS = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

    private static final List<CourseSkill> CONTRACT_SKILLS = List.of(
            new CourseSkill(FORKLIFT, "S-1", org.skillalliance.contracts.curriculum.SkillCategory.SAFETY, 2),
            new CourseSkill(SPREADSHEETS, "S-2", org.skillalliance.contracts.curriculum.SkillCategory.DIGITAL, 4));

    @Test
    void aPublishedCourseTravelsAsCoursePublished() {
        Course course = course(DeliveryMode.BLENDED, CourseStatus.PUBLISHED);

        CourseEventsPublisher.Wire wire = CourseEventsPublisher.wire(new CourseEvent.Published(course));

        assertThat(wire.type()).isEqualTo("CoursePublished");
        assertThat(wire.payload())
                .isEqualTo(new CoursePublished(
                        COURSE,
                        ALLIANCE,
                        PROVIDER,
                        "C-1",
                        "Forklift safety",
                        org.skillalliance.contracts.curriculum.DeliveryMode.BLENDED,
                        new BigDecimal("8.5"),
                        CONTRACT_SKILLS,
                        List.of("green", "safety"),
                        "Forklift licence"));
    }

    @Test
    void aRetiredCourseTravelsAsCourseRetired() {
        Course course = course(DeliveryMode.ON_THE_JOB, CourseStatus.RETIRED);

        CourseEventsPublisher.Wire wire = CourseEventsPublisher.wire(new CourseEvent.Retired(course));

        assertThat(wire.type()).isEqualTo("CourseRetired");
        assertThat(wire.payload())
                .isEqualTo(new CourseRetired(
                        COURSE,
                        ALLIANCE,
                        PROVIDER,
                        "C-1",
                        "Forklift safety",
                        org.skillalliance.contracts.curriculum.DeliveryMode.ON_THE_JOB,
                        new BigDecimal("8.5"),
                        CONTRACT_SKILLS,
                        List.of("green", "safety"),
                        "Forklift licence"));
    }

    @Test
    void everyDeliveryModeAndSkillCategoryTravelsUnderItsOwnName() {
        for (DeliveryMode mode : DeliveryMode.values()) {
            for (SkillCategory category : SkillCategory.values()) {
                Course course = Course.restore(
                        COURSE,
                        ALLIANCE,
                        new CourseDefinition(
                                "C-1",
                                "Any",
                                null,
                                PROVIDER,
                                mode,
                                BigDecimal.ONE,
                                List.of(new SkillTarget(FORKLIFT, "S-1", "Forklift", category, 1)),
                                List.of(),
                                null),
                        CourseStatus.PUBLISHED);
                CoursePublished payload =
                        (CoursePublished) CourseEventsPublisher.wire(new CourseEvent.Published(course))
                                .payload();
                assertThat(payload.deliveryMode().name()).isEqualTo(mode.name());
                assertThat(payload.skills().getFirst().category().name()).isEqualTo(category.name());
            }
        }
    }

    private static Course course(DeliveryMode mode, CourseStatus status) {
        return Course.restore(
                COURSE,
                ALLIANCE,
                new CourseDefinition(
                        "C-1",
                        "Forklift safety",
                        "Drive a forklift safely",
                        PROVIDER,
                        mode,
                        new BigDecimal("8.5"),
                        List.of(
                                new SkillTarget(FORKLIFT, "S-1", "Forklift", SkillCategory.SAFETY, 2),
                                new SkillTarget(SPREADSHEETS, "S-2", "Spreadsheets", SkillCategory.DIGITAL, 4)),
                        List.of("green", "safety"),
                        "Forklift licence",
                        "en",
                        "none"),
                status);
    }
}
