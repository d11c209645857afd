package org.skillalliance.curriculum.skill;

/**
 * One row of an ESCO file, checked: its line in the file (where the row starts; the header is line 1), its concept URI,
 * preferred label and description, and for an occupation its ISCO-08 unit group and ESCO code (null when the file has
 * none).
 */
record EscoConcept(long line, String uri, String label, String description, String iscoGroup, String code) {}
