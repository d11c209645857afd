package org.skillalliance.curriculum.skillsneeds.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skill.SkillCategory;

class Isco08Test {

    @Test
    void theEmbeddedClassificationHasTheIloCountsPerLevelAndEveryGroupSitsInItsParent() {
        Map<Integer, Long> perLevel =
                Isco08.all().keySet().stream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
        // ILO, ISCO-08 structure: 10 major, 43 sub-major, 130 minor, 436 unit groups
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(1, 10L, 2, 43L, 3, 130L, 4, 436L));
        for (String code : Isco08.all().keySet()) {
            assertThat(code).matches("\\d{1,4}");
            if (code.length() > 1) {
                assertThat(Isco08.exists(code.substring(0, code.length() - 1)))
                        .as("parent of " + code)
                        .isTrue();
            }
        }
        assertThat(Isco08.title("7223")).contains("Metal working machine tool setters and operators");
        assertThat(Isco08.title("2512")).contains("Software developers");
        assertThat(Isco08.title("0110")).contains("Commissioned armed forces officers");
        assertThat(Isco08.title("3411")).contains("Legal and related associate professionals");
    }

    @Test
    void aJobRoleCodeMustBeWellFormedAndAGroupOfTheClassification() {
        assertThat(Isco08.checked("jobRoleIsco", "72")).isEqualTo("72");
        assertInvalid("7299", "is not an ISCO-08 group");
        assertInvalid("10", "is not an ISCO-08 group");
        assertInvalid("72a", "1 to 4 digits");
        assertInvalid("12345", "1 to 4 digits");
        assertInvalid(null, "1 to 4 digits");
        assertThat(Isco08.selfAndAncestors("7223")).containsExactly("7223", "722", "72", "7");
        assertThat(Isco08.selfAndAncestors("x")).isEmpty();
    }

    @Test
    void theEmployersOwnProfileWinsThenTheMostSpecificGroup() {
        UUID alliance = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ProfileSkill skill = new ProfileSkill(UUID.randomUUID(), "S", "S", SkillCategory.TECHNICAL, 3);
        ResolvedProfile standard722 =
                resolved(SkillProfile.standard(UUID.randomUUID(), alliance, "722", null, List.of(skill)));
        ResolvedProfile standard7223 =
                resolved(SkillProfile.standard(UUID.randomUUID(), alliance, "7223", null, List.of(skill)));
        ResolvedProfile employer72 = resolved(
                SkillProfile.forEmployer(UUID.randomUUID(), alliance, employer, "72", null, null, List.of(skill)));
        ProfileResolver resolver = new ProfileResolver(List.of(standard722, standard7223, employer72));

        assertThat(resolver.find(employer, "7223")).contains(employer72);
        assertThat(resolver.find(other, "7223")).contains(standard7223);
        assertThat(resolver.find(other, "7222")).contains(standard722);
        assertThat(resolver.find(other, "7311")).isEmpty();
        assertThat(resolver.find(other, null)).isEmpty();
    }

    @Test
    void anEmployerProfileAdoptsAStandardAsIsOrAdjustsIt() {
        UUID alliance = UUID.randomUUID();
        ProfileSkill a = new ProfileSkill(UUID.randomUUID(), "A", "A", SkillCategory.TECHNICAL, 3);
        SkillProfile standard = SkillProfile.standard(UUID.randomUUID(), alliance, "7223", "CNC operator", List.of(a));
        SkillProfile adopted =
                SkillProfile.forEmployer(UUID.randomUUID(), alliance, UUID.randomUUID(), "7223", null, standard, null);
        assertThat(adopted.followsStandard()).isTrue();
        assertThat(adopted.name()).isEqualTo("CNC operator");
        adopted.revise(null, List.of(new ProfileSkill(a.skillId(), "A", "A", SkillCategory.TECHNICAL, 4)));
        assertThat(adopted.followsStandard()).isFalse();
        adopted.revise(null, List.of());
        assertThat(adopted.followsStandard()).isTrue();
        assertThat(SkillProfile.standard(UUID.randomUUID(), alliance, "7223", null, List.of(a))
                        .name())
                .isEqualTo("Metal working machine tool setters and operators");
        assertThatThrownBy(() -> SkillProfile.standard(UUID.randomUUID(), alliance, "7223", null, List.of(a, a)))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("skills[1].skillId");
        assertThatThrownBy(() -> SkillProfile.standard(UUID.randomUUID(), alliance, "7223", null, List.of()))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("at least one skill");
    }

    private static ResolvedProfile resolved(SkillProfile profile) {
        return new ResolvedProfile(profile, profile.skills());
    }

    private static void assertInvalid(String code, String reason) {
        assertThatThrownBy(() -> Isco08.checked("jobRoleIsco", code)).isInstanceOfSatisfying(RuleBroken.class, e -> {
            assertThat(e.kind()).isEqualTo(RuleBroken.Kind.INVALID_INPUT);
            assertThat(e.field()).isEqualTo("jobRoleIsco");
            assertThat(e.reason()).contains(reason);
        });
    }
}
