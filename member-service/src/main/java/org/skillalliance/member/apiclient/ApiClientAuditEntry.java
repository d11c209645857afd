package org.skillalliance.member.apiclient;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One action on a machine client: who ({@code actor}, the token's {@code sub}) did what, when; for a rotation the
 * grace period the old secret was given (null otherwise).
 */
@ValueObject
public record ApiClientAuditEntry(
        UUID id,
        UUID organisationId,
        UUID apiClientId,
        String clientId,
        ApiClientAction action,
        String actor,
        Instant occurredAt,
        Integer gracePeriodSeconds) {}
