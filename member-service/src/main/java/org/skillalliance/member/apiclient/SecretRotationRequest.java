package org.skillalliance.member.apiclient;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code POST .../api-clients/{id}/rotate-secret}: how long the old secret keeps working, in seconds, 0 (not at all) to
 * 604800 (7 days); none: 86400 (a day).
 */
record SecretRotationRequest(@Min(0) @Max(604800) Integer gracePeriodSeconds) {

    static final int DEFAULT_GRACE_SECONDS = 86_400;

    int graceOrDefault() {
        return gracePeriodSeconds == null ? DEFAULT_GRACE_SECONDS : gracePeriodSeconds;
    }
}
