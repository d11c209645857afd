package org.skillalliance.platform.demo;

import java.util.List;
import java.util.UUID;

/**
 * A new alliance ({@code POST /api/alliances}), created by the association that coordinates it.
 *
 * @param kind SECTORAL, REGIONAL, CROSS_SECTORAL or SUPPLY_CHAIN
 */
public record AllianceSpec(
        String name, String kind, List<String> sectorCodes, String region, String currency, UUID coordinatorId) {

    public AllianceSpec {
        sectorCodes = List.copyOf(sectorCodes);
    }
}
