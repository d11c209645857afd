package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillalliance.member.organisation.OrganisationType;

class InvitableRoleTest {

    @Test
    void eachRoleFitsOneOrganisationType() {
        assertThat(InvitableRole.of("member-admin")).contains(InvitableRole.MEMBER_ADMIN);
        assertThat(InvitableRole.MEMBER_ADMIN.fits(OrganisationType.EMPLOYER)).isTrue();
        assertThat(InvitableRole.LEARNER.fits(OrganisationType.EMPLOYER)).isTrue();
        assertThat(InvitableRole.COORDINATOR.fits(OrganisationType.ASSOCIATION)).isTrue();
        assertThat(InvitableRole.PROVIDER.fits(OrganisationType.TRAINING_PROVIDER))
                .isTrue();
        assertThat(InvitableRole.FUNDER.fits(OrganisationType.FUNDER)).isTrue();
        assertThat(InvitableRole.COORDINATOR.fits(OrganisationType.EMPLOYER)).isFalse();
        assertThat(InvitableRole.MEMBER_ADMIN.fits(OrganisationType.FUNDER)).isFalse();
    }

    @Test
    void platformAdminsAreNeverInvitedAndMemberAdminsGrantOnlyTheirOwnKinds() {
        assertThat(InvitableRole.of("alliance-admin")).isEmpty();
        assertThat(InvitableRole.of("Member-Admin")).isEmpty();
        assertThat(InvitableRole.realmRoles())
                .containsExactly("member-admin", "learner", "coordinator", "provider", "funder");
        assertThat(String.join("|", InvitableRole.realmRoles())).isEqualTo(InvitableRole.PATTERN);
        assertThat(InvitableRole.MEMBER_ADMIN.grantableByMemberAdmin()).isTrue();
        assertThat(InvitableRole.LEARNER.grantableByMemberAdmin()).isTrue();
        assertThat(InvitableRole.COORDINATOR.grantableByMemberAdmin()).isFalse();
    }
}
