package org.skillalliance.member.apiclient;

import org.jmolecules.ddd.annotation.ValueObject;

/** What the audit log records of a machine client. */
@ValueObject
public enum ApiClientAction {
    REGISTERED,
    ROTATED,
    REVOKED
}
