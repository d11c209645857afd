package org.skillalliance.member.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;
import org.skillalliance.web.IllegalTransitionException;

class MembershipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    static Membership applied() {
        return Membership.apply(UUID.randomUUID(), UUID.randomUUID(), MembershipRole.MEMBER_EMPLOYER, TODAY, NOW);
    }

    @Test
    void anApplicantIsAdmittedSuspendedReinstatedAndWithdrawn() {
        Membership m = applied();
        m.activate(TODAY, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(m.joinedOn()).isEqualTo(TODAY);
        m.suspend(NOW);
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
        m.suspend(NOW);
        m.withdraw(TODAY, NOW);
        assertThat(m.status()).isEqualTo(MembershipStatus.WITHDRAWN);
    }

    @Test
    void illegalTransitionsNameTheCurrentState() {
        Membership applicant = applied();
        assertThatThrownBy(() -> applicant.suspend(NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("it is APPLIED");
        assertThatThrownBy(() -> applicant.withdraw(TODAY, NOW)).isInstanceOf(IllegalTransitionException.class);

        Membership rejected = applied();
        rejected.reject(NOW);
        assertThatThrownBy(() -> rejected.activate(TODAY, NOW))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("REJECTED"));

        Membership active = applied();
        active.activate(TODAY, NOW);
        assertThatThrownBy(() -> active.reject(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> active.activate(TODAY, NOW)).isInstanceOf(IllegalTransitionException.class);

        active.withdraw(TODAY, NOW);
        assertThatThrownBy(() -> active.activate(TODAY, NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> active.suspend(NOW)).isInstanceOf(IllegalTransitionException.class);
    }
}
