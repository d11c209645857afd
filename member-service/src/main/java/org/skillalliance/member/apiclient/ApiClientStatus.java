package org.skillalliance.member.apiclient;

import org.jmolecules.ddd.annotation.ValueObject;

/** Whether a machine client may still get tokens. */
@ValueObject
public enum ApiClientStatus {
    ACTIVE,
    REVOKED
}
