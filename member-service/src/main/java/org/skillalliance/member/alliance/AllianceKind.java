package org.skillalliance.member.alliance;

import org.jmolecules.ddd.annotation.ValueObject;

/** What binds an alliance's members together. */
@ValueObject
public enum AllianceKind {
    /** One industry sector (see the alliance's sector codes). */
    SECTORAL,
    /** One region, any sector. */
    REGIONAL,
    /** Several sectors and regions. */
    CROSS_SECTORAL,
    /** A lead company and its suppliers along one value chain. */
    SUPPLY_CHAIN
}
