package org.skillalliance.web;

/** One thing wrong with a request: the field (a JSON path such as {@code skills[1].level}, or a parameter) and why. */
public record FieldViolation(String field, String reason) {}
