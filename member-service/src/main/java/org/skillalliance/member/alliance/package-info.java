/**
 * Alliances: consortia of one sector, one region, several sectors or one supply chain, each keeping its books in one
 * currency; only an association coordinates one. {@link org.skillalliance.member.alliance.Alliance#create} returns
 * {@link org.skillalliance.member.alliance.AllianceEvent.Created}, which
 * {@link org.skillalliance.member.alliance.AllianceEventsPublisher} announces on {@code member.events.v1}.
 */
package org.skillalliance.member.alliance;
