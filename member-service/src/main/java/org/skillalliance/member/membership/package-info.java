/**
 * Memberships of organisations in alliances, with their lifecycle: applied -> active | rejected, active <-> suspended,
 * active | suspended -> withdrawn. An illegal transition is refused with 409 naming the current state. The role must
 * fit the organisation: member employer = employer, provider = training provider, coordinator = association,
 * funder = funder ({@link org.skillalliance.member.membership.MembershipRole#fits()}). Every step of
 * {@link org.skillalliance.member.membership.Membership} returns its
 * {@link org.skillalliance.member.membership.MembershipEvent}, which
 * {@link org.skillalliance.member.membership.MembershipEventsPublisher} announces on {@code member.events.v1}.
 */
package org.skillalliance.member.membership;
