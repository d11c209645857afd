package org.skillalliance.curriculum.cohort;

/**
 * What HR reads beside a cohort's fill when choosing one: the number of its sessions, and its course's language of
 * instruction and prerequisites (each null when the course does not say).
 */
public record CohortCatalogue(int sessionCount, String language, String prerequisites) {}
