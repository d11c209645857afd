/**
 * Every service is an OAuth2 resource server of the {@code skill-alliance} Keycloak realm (DESIGN section 5): the token's
 * signature, issuer, expiry and audience are checked, its realm roles become authorities ({@code ROLE_member-admin}),
 * its {@code org_id} claim says which organisation the caller acts for ({@link org.skillalliance.security.Caller}), its
 * {@code staff_id} claim which staff record a learner's login is linked to, and
 * a missing or bad token answers 401, a missing role 403, both as problem+json.
 */
package org.skillalliance.security;
