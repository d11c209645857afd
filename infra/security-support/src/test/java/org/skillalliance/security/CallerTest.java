package org.skillalliance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller as the token says: organisation, roles and a learner's staff record. */
class CallerTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLearnersStaffIdComesFromTheStaffIdClaim() {
        UUID organisation = UUID.randomUUID();
        UUID staff = UUID.randomUUID();
        signIn(Map.of("org_id", organisation.toString(), "staff_id", staff.toString()), Role.LEARNER);

        Caller caller = Caller.current();

        assertThat(caller.organisationId()).isEqualTo(organisation);
        assertThat(caller.staffId()).isEqualTo(staff);
        assertThat(caller.roles()).containsExactly(Role.LEARNER);
    }

    @Test
    void withoutAStaffIdClaimOrWithOneThatIsNoUuidTheCallerIsLinkedToNobody() {
        signIn(Map.of("org_id", UUID.randomUUID().toString()), Role.LEARNER);
        assertThat(Caller.current().staffId()).isNull();

        signIn(Map.of("staff_id", "someone-else"), Role.LEARNER);
        assertThat(Caller.current().staffId()).isNull();

        signIn(Map.of("staff_id", " "), Role.LEARNER);
        assertThat(Caller.current().staffId()).isNull();
        assertThat(new Caller("subject", null, java.util.Set.of(Role.MEMBER_ADMIN)).staffId())
                .isNull();
    }

    private static void signIn(Map<String, Object> claims, Role role) {
        Jwt.Builder jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("subject")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(jwt::claim);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new JwtAuthenticationToken(jwt.build(), List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
