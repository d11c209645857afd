package org.skillalliance.contracts.curriculum;

/** The kinds of learning an employer runs itself, without a provider (issue 20). */
public enum WorkplaceLearningKind {
    /** A planned stretch of on-the-job training, a skill practised at work under a mentor. */
    ON_THE_JOB,
    /** A mentoring relation between a mentor and a staff member, over months. */
    MENTORING,
    /** A short course the employer runs for its own staff (an in-house workshop). */
    WORKSHOP
}
