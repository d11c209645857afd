/**
 * Organisations: employers, training providers, associations and funders. An employer's size band is derived from its
 * headcount (micro under 10, small 10-49, medium 50-249, large 250 and over) and follows every headcount change.
 * Registration numbers are unique per country. Registered and updated organisations are announced on
 * {@code member.events.v1}, without their legal name.
 */
package org.skillalliance.member.organisation;
