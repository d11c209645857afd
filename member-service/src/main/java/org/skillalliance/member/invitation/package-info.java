/**
 * Invitations: an organisation's people get a Keycloak login with one realm role and the organisation's {@code org_id},
 * created by member-service through Keycloak's admin API, so that no one edits Keycloak by hand to let a new member in.
 *
 * <p>Who may invite: admins anyone; a coordinator the people of its own association and of the organisations that are
 * active members of an alliance it coordinates; a member-admin the member-admins and learners of its own organisation.
 * The role must fit the organisation's type; a learner's login is linked to an active staff member of the
 * organisation (user attribute and token claim {@code staff_id}). member-service keeps no copy of the login, and
 * never stores or logs the password: Keycloak is the only holder. The calls to Keycloak are guarded (time limit, circuit breaker, retries for
 * reads); when Keycloak cannot be used the invitation answers 503 and nothing is left half made.
 */
package org.skillalliance.member.invitation;
