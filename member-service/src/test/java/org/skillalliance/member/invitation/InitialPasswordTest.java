package org.skillalliance.member.invitation;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitialPasswordTest {

    @Test
    void generatedPasswordsAreLongMixedAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            InitialPassword password = InitialPassword.generate();
            assertThat(password.generated()).isTrue();
            assertThat(password.reveal()).hasSize(20).containsPattern("[a-z]").containsPattern("[A-Z]")
                    .containsPattern("[2-9]").containsPattern("[-_.!@#%+=]").doesNotContainPattern("[lI1O0\\s]");
            seen.add(password.reveal());
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void neitherKindShowsItselfInToString() {
        InitialPassword chosen = InitialPassword.chosen("My-Own-Secret-123");
        assertThat(chosen.generated()).isFalse();
        assertThat(chosen.toString()).doesNotContain("My-Own-Secret-123");
        InitialPassword generated = InitialPassword.generate();
        assertThat(generated.toString()).doesNotContain(generated.reveal());
        Invitation invitation = new Invitation(java.util.UUID.randomUUID(), "u", "u@example.org", "U", "V",
                InvitableRole.LEARNER, chosen, java.util.UUID.randomUUID());
        assertThat(invitation.toString()).doesNotContain("My-Own-Secret-123");
        assertThat(new InvitationRequest("u", "u@example.org", "U", "V", "learner", "My-Own-Secret-123", null).toString())
                .doesNotContain("My-Own-Secret-123");
        assertThatThrownBy(() -> InitialPassword.chosen("")).isInstanceOf(IllegalArgumentException.class);
    }
}
