package org.skillalliance.revocation;

import java.time.Duration;
import java.util.List;
import org.skillalliance.contracts.Topics;
import org.skillalliance.messaging.MessagingAutoConfiguration;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Wires the revoked clients into a service: the list ({@code skillalliance.revocation.refresh}, default 2 s, between
 * reloads), the token check security-support adds to its own, and, where the service reads {@code member.events.v1},
 * the listener that records the revocations member-service publishes.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnBean({JdbcClient.class, EventInbox.class})
public class TokenRevocationAutoConfiguration {

    @Bean
    RevokedClients revokedClients(JdbcClient jdbc, @Value("${skillalliance.revocation.refresh:2s}") Duration refresh) {
        return new RevokedClients(jdbc, refresh);
    }

    @Bean
    OAuth2TokenValidator<Jwt> revokedClientValidator(RevokedClients revoked) {
        return new RevokedClientValidator(revoked);
    }

    @Bean
    @Conditional(ReadsMemberEvents.class)
    RevocationListener revocationListener(EventInbox inbox, RevokedClients revoked) {
        return new RevocationListener(inbox, revoked);
    }

    /** The service lists {@code member.events.v1} in {@code skillalliance.messaging.consumed-topics}. */
    static class ReadsMemberEvents implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment())
                    .bind("skillalliance.messaging.consumed-topics", Bindable.listOf(String.class))
                    .orElse(List.of())
                    .contains(Topics.MEMBER);
        }
    }
}
