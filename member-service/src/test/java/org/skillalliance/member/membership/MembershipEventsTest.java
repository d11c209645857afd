package org.skillalliance.member.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.web.RuleRefusal;

/** Every step of a membership returns its event, dated the day it took effect; a role must fit the organisation. */
class MembershipEventsTest {

    static final LocalDate APPLIED_ON = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void applyingReturnsAppliedDatedTheDayOfTheApplication() {
        UUID alliance = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        MembershipEvent.Applied applied = Membership.apply(
                alliance, organisation, OrganisationType.TRAINING_PROVIDER, MembershipRole.PROVIDER, APPLIED_ON, NOW);
        Membership m = applied.membership();
        assertThat(applied.effectiveOn()).isEqualTo(APPLIED_ON);
        assertThat(m.allianceId()).isEqualTo(alliance);
        assertThat(m.organisationId()).isEqualTo(organisation);
        assertThat(m.role()).isEqualTo(MembershipRole.PROVIDER);
        assertThat(m.status()).isEqualTo(MembershipStatus.APPLIED);
        assertThat(m.appliedOn()).isEqualTo(APPLIED_ON);
        assertThat(m.joinedOn()).isNull();
    }

    @Test
    void eachTransitionReturnsItsEventWithTheMembershipAfterIt() {
        Membership m = MembershipTest.applied();
        LocalDate day = APPLIED_ON;

        MembershipEvent.Activated admitted = m.activate(day.plusDays(1), NOW);
        assertThat(admitted.membership()).isSameAs(m);
        assertThat(admitted.effectiveOn()).isEqualTo(day.plusDays(1));
        assertThat(admitted.membership().status()).isEqualTo(MembershipStatus.ACTIVE);

        MembershipEvent.Suspended suspended = m.suspend(day.plusDays(2), NOW);
        assertThat(suspended.effectiveOn()).isEqualTo(day.plusDays(2));
        assertThat(suspended.membership().status()).isEqualTo(MembershipStatus.SUSPENDED);

        MembershipEvent.Activated reinstated = m.activate(day.plusDays(3), NOW);
        assertThat(reinstated.effectiveOn()).isEqualTo(day.plusDays(3));
        assertThat(reinstated.membership().joinedOn()).isEqualTo(day.plusDays(1));

        MembershipEvent.Withdrawn withdrawn = m.withdraw(day.plusDays(4), NOW);
        assertThat(withdrawn.effectiveOn()).isEqualTo(day.plusDays(4));
        assertThat(withdrawn.membership().leftOn()).isEqualTo(day.plusDays(4));
        assertThat(withdrawn.membership().status()).isEqualTo(MembershipStatus.WITHDRAWN);
    }

    @Test
    void rejectingReturnsRejected() {
        MembershipEvent.Rejected rejected = MembershipTest.applied().reject(APPLIED_ON.plusDays(5), NOW);
        assertThat(rejected.effectiveOn()).isEqualTo(APPLIED_ON.plusDays(5));
        assertThat(rejected.membership().status()).isEqualTo(MembershipStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(MembershipRole.class)
    void eachRoleIsOpenToItsOneOrganisationType(MembershipRole role) {
        for (OrganisationType type : OrganisationType.values()) {
            if (type == role.fits()) {
                assertThat(Membership.apply(UUID.randomUUID(), UUID.randomUUID(), type, role, APPLIED_ON, NOW)
                                .membership()
                                .role())
                        .isEqualTo(role);
            } else {
                assertThatThrownBy(() ->
                                Membership.apply(UUID.randomUUID(), UUID.randomUUID(), type, role, APPLIED_ON, NOW))
                        .isInstanceOfSatisfying(RuleBroken.class, e -> {
                            assertThat(e.kind()).isEqualTo(RuleRefusal.Kind.RULE);
                            assertThat(e.field()).isEqualTo("role");
                            assertThat(e.reason())
                                    .isEqualTo("a " + type + " cannot be a " + role + " (that role is for a "
                                            + role.fits() + ")");
                        });
            }
        }
    }
}
