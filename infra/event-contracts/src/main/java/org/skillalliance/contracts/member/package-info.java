/**
 * Payloads of the events member-service publishes on {@code member.events.v1}: alliances, organisations, memberships and
 * staff. Staff appear only as pseudonymous ids with their employer's id; the equity fields (gender, age band) are present
 * only where the staff member consented to outcome reporting. Names, e-mails and any other personal data never appear.
 */
package org.skillalliance.contracts.member;
