package org.skillalliance.curriculum.credential;

/** What a credential was issued for: a course completed in a cohort, or learning at work signed off. */
public enum CredentialSourceKind {
    ENROLMENT,
    WORKPLACE_LEARNING
}
