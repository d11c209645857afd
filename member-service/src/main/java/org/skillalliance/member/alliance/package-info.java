/**
 * Alliances: consortia of one sector, one region, several sectors or one supply chain, each keeping its books in one
 * currency. Created alliances are announced on {@code member.events.v1}.
 */
package org.skillalliance.member.alliance;
