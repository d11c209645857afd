/**
 * Machine clients of an organisation (issue 25): a funder, or an alliance's coordinator for its association, registers
 * a system of its own as a confidential Keycloak client whose service account carries the organisation's realm role
 * ({@code funder} or {@code coordinator}) and its {@code org_id}, so that the system gets tokens with client
 * credentials. member-service creates, rotates and deletes these clients through Keycloak's admin API, guarded as the
 * invitations' calls are ({@code KeycloakAdminCalls}); it shows a secret once and never stores it. A rotation leaves
 * the old secret valid for the grace period asked for (Keycloak's client secret rotation); a revocation deletes the
 * Keycloak client. Every action is kept in an audit log the organisation reads. docs/member-service.md, "Machine
 * clients".
 */
package org.skillalliance.member.apiclient;
