package org.skillalliance.curriculum.skill;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An ESCO occupation, as imported from the ESCO download's {@code occupations_en.csv}.
 *
 * @param uri       its ESCO concept URI ({@code http://data.europa.eu/esco/occupation/...})
 * @param code      its ESCO code ({@code 2654.1.7}: the ISCO-08 unit group, then ESCO's own numbers), or null
 * @param iscoGroup the ISCO-08 unit group it belongs to ({@code 2654}), or null
 * @param label     its preferred label
 */
@ValueObject
public record Occupation(String uri, String code, String iscoGroup, String label) {}
