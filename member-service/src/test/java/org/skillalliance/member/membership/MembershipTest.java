package org.skillalliance.member.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.IllegalTransition;

class MembershipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    static Membership applied() {
        return Membership.apply(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        OrganisationType.EMPLOYER,
                        MembershipRole.MEMBER_EMPLOYER,
                        TODAY,
                        NOW)
                .membership();
    }

    @Test
    void anApplicantIsAdmittedSuspendedReinstatedAndWithdrawn() {
        Membership m = applied();
        m.activate(TODAY, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.joinedOn()).isEqualTo(TODAY);
        m.suspend(TODAY, NOW);
        m.activate(TODAY.plusDays(3), NOW);
        assertThat(m.joinedOn()).as("reinstating keeps the first joining date").isEqualTo(TODAY);
        m.withdraw(TODAY.plusDays(9), NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.WITHDRAWN);
        assertThat(m.leftOn()).isEqualTo(TODAY.plusDays(9));
    }

    @Test
    void aSuspendedMemberMayWithdraw() {
        Membership m = applied();
        m.activate(TODAY, NOW);
        m.suspend(TODAY, NOW);
        m.withdraw(TODAY, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.WITHDRAWN);
    }

    @Test
    void illegalTransitionsNameTheCurrentState() {
        Membership applicant = applied();
        assertThatThrownBy(() -> applicant.suspend(TODAY, NOW))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("it is APPLIED");
        assertThatThrownBy(() -> applicant.withdraw(TODAY, NOW)).isInstanceOf(IllegalTransition.class);

        Membership rejected = applied();
        rejected.reject(TODAY, NOW);
        assertThatThrownBy(() -> rejected.activate(TODAY, NOW))
                .isInstanceOfSatisfying(
                        IllegalTransition.class,
                        e -> assertThat(e.currentState()).isEqualTo("REJECTED"));

        Membership active = applied();
        active.activate(TODAY, NOW);
        assertThatThrownBy(() -> active.reject(TODAY, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> active.activate(TODAY, NOW)).isInstanceOf(IllegalTransition.class);

        active.withdraw(TODAY, NOW);
        assertThatThrownBy(() -> active.activate(TODAY, NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> active.suspend(TODAY, NOW)).isInstanceOf(IllegalTransition.class);
    }
}
