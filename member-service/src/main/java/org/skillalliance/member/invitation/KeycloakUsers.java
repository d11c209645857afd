package org.skillalliance.member.invitation;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.skillalliance.member.invitation.KeycloakAdminApi.RoleAnswer;
import org.skillalliance.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates users in the realm through Keycloak's admin API, as the service account of member-service's confidential
 * client (client credentials; realm-management roles {@code manage-users}, {@code view-users}, {@code query-users},
 * {@code view-realm}).
 *
 * <p>Every call ({@link KeycloakAdminApi}) is guarded by {@link KeycloakAdminCalls} (circuit breaker, time limit, and
 * for reads only, the role and who holds a taken name, a retry). Creating the user and granting the role are never
 * repeated: a repeat could create a second user or hide the first one's outcome.
 */
@Component
@EnableConfigurationProperties(KeycloakAdminProperties.class)
public class KeycloakUsers {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUsers.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> USER_FIELDS = Set.of("username", "email", "firstName", "lastName");
    /**
     * What the invitation email asks of the person, in this order: set a password, and (by following the emailed link
     * at all) prove the address. The new user carries them as required actions too, so that it cannot sign in before.
     */
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private final KeycloakAdminProperties properties;
    private final KeycloakAdminApi keycloak;
    private final KeycloakAdminCalls calls;

    KeycloakUsers(KeycloakAdminProperties properties, KeycloakAdminApi keycloak, KeycloakAdminCalls calls) {
        this.properties = properties;
        this.keycloak = keycloak;
        this.calls = calls;
        if (properties.hasSecret()) {
            log.info(
                    "Invitations create users in realm {} at {} as client {}",
                    properties.realm(),
                    properties.baseUrl(),
                    properties.clientId());
        } else {
            log.warn("No client secret for Keycloak's admin API (MEMBER_SERVICE_CLIENT_SECRET is not set): invitations "
                    + "answer 503 until it is");
        }
    }

    /** The calls an invitation makes, and whether repeating one is harmless (only those are retried). */
    private enum Step {
        READ_ROLE("read the realm role", true),
        FIND_USERS("look up who holds the username or email", true),
        CREATE_USER("create the user", false),
        GRANT_ROLE("grant the realm role", false),
        SEND_EMAIL("send the invitation email", false),
        READ_USER_ROLES("read the user's realm roles", true),
        LIST_ROLE_HOLDERS("list who holds a realm role", true);

        final String description;
        final boolean idempotent;

        Step(String description, boolean idempotent) {
            this.description = description;
            this.idempotent = idempotent;
        }
    }

    /**
     * What became of an invitation: the Keycloak id of the user created (or, {@code renewed}, of the same person invited
     * before who has not accepted yet, sent a fresh link), or empty when the username or email already belongs to a
     * person outside the organisation (nothing was created; the caller must not learn it).
     */
    record Outcome(Optional<String> userId, boolean renewed) {

        static Outcome created(String userId) {
            return new Outcome(Optional.of(userId), false);
        }

        static Outcome renewed(String userId) {
            return new Outcome(Optional.of(userId), true);
        }

        static Outcome takenElsewhere() {
            return new Outcome(Optional.empty(), false);
        }
    }

    /**
     * Creates an enabled user with the organisation's {@code org_id} (and a learner's {@code staff_id}), the realm role,
     * no password and its email not yet verified (required actions {@link #INVITATION_ACTIONS}), then has Keycloak
     * email the person the link to carry them out (its execute-actions email, through the realm's SMTP server), good for
     * {@code lifespan}. When the role cannot be granted or the email cannot be sent, the new user is removed again, so
     * that no login without its role, or that nobody can ever set a password for, stays behind.
     *
     * <p>Inviting again the same person of the organisation (same username, email, role and staff record) who has not
     * accepted yet (never set a password) sends a fresh link, good for {@code lifespan} from now: how an expired
     * invitation is renewed. Otherwise, when Keycloak already has a user with the username or the email, only a person
     * of the same organisation is reported (409, the field named): the caller may invite that organisation's people
     * and so may know them. A person
     * of any other organisation (or of none) is {@link Outcome#takenElsewhere()}: nothing is created, and the caller's
     * answer is the one a new person gets, so that invitations cannot tell who exists elsewhere in the realm.
     *
     * @throws ApiException.Conflict     when a person of the same organisation has the username or the email (named)
     * @throws ApiException.InvalidInput when Keycloak refuses a value (its user profile rules)
     * @throws KeycloakUnavailable       when Keycloak cannot be used (down, slow, circuit open, not configured) or
     *                                   cannot send the email (its SMTP server refused or could not be reached)
     */
    Outcome create(Invitation invitation, Duration lifespan, String clientId) {
        if (!properties.hasSecret()) {
            throw KeycloakUnavailable.misconfigured("invitations are switched off: member-service has no client secret "
                    + "for Keycloak's admin API (set MEMBER_SERVICE_CLIENT_SECRET)");
        }
        String realmRole = invitation.role().realmRole();
        RoleAnswer role = call(Step.READ_ROLE, () -> keycloak.realmRole(properties.realm(), realmRole));
        String userId;
        try {
            userId = createUser(invitation);
        } catch (UserExists exists) {
            return existing(invitation, lifespan, clientId);
        }
        try {
            call(Step.GRANT_ROLE, () -> {
                keycloak.grantRealmRoles(
                        properties.realm(), userId, List.of(Map.of("id", role.id(), "name", role.name())));
                return null;
            });
        } catch (RuntimeException failure) {
            removeHalfMade(userId, "its role could not be granted");
            throw failure;
        }
        try {
            sendInvitationEmail(userId, lifespan, clientId);
        } catch (RuntimeException failure) {
            removeHalfMade(userId, "the invitation email could not be sent");
            throw failure;
        }
        return Outcome.created(userId);
    }

    private void sendInvitationEmail(String userId, Duration lifespan, String clientId) {
        call(Step.SEND_EMAIL, () -> {
            keycloak.executeActionsEmail(
                    properties.realm(), userId, lifespan.toSeconds(), clientId, INVITATION_ACTIONS);
            return null;
        });
    }

    /** Keycloak answered 409 to the creation: a user with the username or the email exists somewhere in the realm. */
    private static final class UserExists extends RuntimeException {
        UserExists() {
            super("Keycloak already has a user with the username or the email", null, false, false);
        }
    }

    private String createUser(Invitation invitation) {
        return call(Step.CREATE_USER, () -> {
            URI location = keycloak.createUser(properties.realm(), representation(invitation))
                    .getHeaders()
                    .getLocation();
            if (location == null) {
                throw KeycloakUnavailable.now("Keycloak created the user but did not say where (no Location header)");
            }
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        });
    }

    /**
     * Whose the username or email is: the same person of the organisation, invited and not yet accepted, gets a fresh
     * link; another person of the organisation is a 409 naming the field; anyone else is told to nobody (the log names
     * the organisation for operators, never who holds the value). The email of a renewal is not taken back when it
     * fails: the person existed before this call, and the earlier link still works until it expires.
     */
    private Outcome existing(Invitation invitation, Duration lifespan, String clientId) {
        String organisation = invitation.organisationId().toString();
        Optional<JsonNode> sameUsername = heldWithin(organisation, "username", invitation.username());
        if (sameUsername.isPresent()) {
            JsonNode user = sameUsername.get();
            if (!awaitsAcceptance(user, invitation)) {
                throw new ApiException.Conflict(
                        "username",
                        "a person of this organisation already has this username"
                                + (hasPendingInvitation(user)
                                        ? " and was invited with another email, role or staff record"
                                        : " and has accepted their invitation"));
            }
            String userId = user.path("id").asString();
            sendInvitationEmail(userId, lifespan, clientId);
            return Outcome.renewed(userId);
        }
        if (heldWithin(organisation, "email", invitation.email()).isPresent()) {
            throw new ApiException.Conflict("email", "a person of this organisation already has this email");
        }
        log.warn(
                "Invitation for organisation {} not carried out: its username or email belongs to a person outside "
                        + "the organisation; the inviter's answer does not say so",
                organisation);
        return Outcome.takenElsewhere();
    }

    private Optional<JsonNode> heldWithin(String organisation, String field, String value) {
        String found = call(Step.FIND_USERS, () -> keycloak.usersWith(properties.realm(), Map.of(field, value)));
        for (JsonNode user : JSON.readTree(found == null ? "[]" : found)) {
            for (JsonNode orgId : user.path("attributes").path("org_id")) {
                if (organisation.equals(orgId.asString())) {
                    return Optional.of(user);
                }
            }
        }
        return Optional.empty();
    }

    /** Still to set a password: the invitation's link was never followed to its end (or has expired unused). */
    private static boolean hasPendingInvitation(JsonNode user) {
        for (JsonNode action : user.path("requiredActions")) {
            if ("UPDATE_PASSWORD".equals(action.asString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same invitation again: the person has not accepted yet, and the email, the staff record and the realm role
     * are the ones asked for now (a different one is a new decision, not a renewal).
     */
    private boolean awaitsAcceptance(JsonNode user, Invitation invitation) {
        if (!hasPendingInvitation(user)
                || !invitation.email().equalsIgnoreCase(user.path("email").asString())) {
            return false;
        }
        String staffId = user.path("attributes").path("staff_id").path(0).asString("");
        String wanted = invitation.staffId() == null ? "" : invitation.staffId().toString();
        if (!wanted.equals(staffId)) {
            return false;
        }
        String roles = call(
                Step.READ_USER_ROLES,
                () -> keycloak.realmRolesOf(properties.realm(), user.path("id").asString()));
        for (JsonNode role : JSON.readTree(roles == null ? "[]" : roles)) {
            if (invitation.role().realmRole().equals(role.path("name").asString())) {
                return true;
            }
        }
        return false;
    }

    /** A login as notifications need it: its id, its email address, and the language chosen in Keycloak (or null). */
    public record Person(String id, String email, String locale) {}

    /**
     * The enabled people of an organisation who hold a realm role and a verified email address, read page by page from
     * the role's members (an organisation has few admins; a realm has many learners, who are never read here).
     *
     * @throws KeycloakUnavailable when Keycloak cannot be asked; the caller tries again later
     */
    public List<Person> holdersOf(String realmRole, UUID organisationId) {
        String organisation = organisationId.toString();
        List<Person> holders = new ArrayList<>();
        int page = 100;
        for (int first = 0; ; first += page) {
            int from = first;
            String found =
                    call(Step.LIST_ROLE_HOLDERS, () -> keycloak.holdersOf(properties.realm(), realmRole, from, page));
            JsonNode users = JSON.readTree(found == null ? "[]" : found);
            for (JsonNode user : users) {
                boolean ofOrganisation = false;
                for (JsonNode orgId : user.path("attributes").path("org_id")) {
                    ofOrganisation |= organisation.equals(orgId.asString());
                }
                String email = user.path("email").asString("");
                // an address the person has not confirmed (an invitation not yet taken up, a change) gets nothing
                if (ofOrganisation
                        && user.path("enabled").asBoolean(false)
                        && user.path("emailVerified").asBoolean(false)
                        && !email.isBlank()) {
                    JsonNode locale = user.path("attributes").path("locale").path(0);
                    holders.add(new Person(
                            user.path("id").asString(), email, locale.isMissingNode() ? null : locale.asString()));
                }
            }
            if (users.size() < page) {
                return holders;
            }
        }
    }

    /** The circuit's state, for tests: CLOSED, OPEN or HALF_OPEN. */
    String circuitState() {
        return calls.circuitState();
    }

    /** How long the circuit stays open once it opened: when trying again may help. */
    Duration openCircuitFor() {
        return calls.openCircuitFor();
    }

    /**
     * One step against the admin API, once more when Keycloak says the token is no longer valid (the client forgot it
     * then, and fetches a fresh one), and what Keycloak's refusals mean for an invitation.
     */
    private <T> T call(Step step, Supplier<T> request) {
        try {
            return calls.call(
                    step.description,
                    step.idempotent,
                    "so nobody was invited",
                    serverError -> step == Step.SEND_EMAIL ? emailNotSent(serverError) : null,
                    request);
        } catch (HttpClientErrorException refused) {
            throw refusal(step, refused);
        }
    }

    /**
     * Keycloak answers 500 "Failed to send execute actions email" when its SMTP server refuses the message or cannot be
     * reached (its log says which).
     */
    private static RuntimeException emailNotSent(HttpServerErrorException serverError) {
        log.warn("Keycloak could not send an invitation email: {}", serverError.getResponseBodyAsString());
        return KeycloakUnavailable.now("Keycloak could not send the invitation email (HTTP "
                + serverError.getStatusCode().value() + "): the realm's SMTP server refused it or could not be"
                + " reached, so nobody was invited");
    }

    private RuntimeException refusal(Step step, HttpClientErrorException refused) {
        HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
        JsonNode body = body(refused);
        // errorMessage (user profile refusals), else error_description (the password policy's sentence, such as
        // "Invalid password: minimum length 12."), else the bare error key
        String message = body.path("errorMessage")
                .asString(body.path("error_description")
                        .asString(body.path("error").asString("")));
        if (status == HttpStatus.CONFLICT && step == Step.CREATE_USER) {
            return new UserExists();
        }
        if (status == HttpStatus.BAD_REQUEST && step == Step.CREATE_USER) {
            String field = body.path("field").asString("");
            if (!USER_FIELDS.contains(field)) {
                field = message.toLowerCase(Locale.ROOT).contains("password") ? "password" : "body";
            }
            String policy = PASSWORD_POLICY_REASONS.get(body.path("error").asString(""));
            return new ApiException.InvalidInput(
                    policy == null ? field : "password",
                    policy == null ? "refused by Keycloak (" + message + ")" : policy);
        }
        if (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN) {
            log.error(
                    "Keycloak refused member-service's service account to {}: {}",
                    step.description,
                    refused.getStatusCode());
            return KeycloakUnavailable.misconfigured("Keycloak does not let member-service " + step.description
                    + " (HTTP " + refused.getStatusCode().value() + "): its client " + properties.clientId()
                    + " needs the realm-management roles manage-users, view-users, query-users and view-realm");
        }
        if (status == HttpStatus.NOT_FOUND && step == Step.READ_ROLE) {
            return KeycloakUnavailable.misconfigured("Keycloak's realm " + properties.realm()
                    + " lacks a realm role that invitations grant: " + message);
        }
        log.warn("Keycloak refused to {}: {} {}", step.description, refused.getStatusCode(), message);
        return KeycloakUnavailable.now("Keycloak refused to " + step.description + " (HTTP "
                + refused.getStatusCode().value() + ")");
    }

    /**
     * Best effort: a user whose role could not be granted, or whose invitation email could not be sent (nobody could
     * ever set its password), must not stay behind.
     */
    private void removeHalfMade(String userId, String why) {
        try {
            keycloak.deleteUser(properties.realm(), userId);
            log.warn("Removed Keycloak user {} again: {}", userId, why);
        } catch (RuntimeException failure) {
            log.error(
                    "Keycloak user {} is half made ({}) and could not be removed ({}): remove it in Keycloak",
                    userId,
                    why,
                    failure.toString());
        }
    }

    /**
     * The realm's password policy (docs/security.md, "Identity") as the inviter should read it, by Keycloak's message
     * key; a key not listed here comes back with Keycloak's own sentence.
     */
    static final Map<String, String> PASSWORD_POLICY_REASONS = Map.of(
            "invalidPasswordBlacklistedMessage",
                    "is one of the common passwords the platform refuses; choose a longer, unusual one",
            "invalidPasswordMinLengthMessage", "must have at least 12 characters",
            "invalidPasswordNotUsernameMessage", "must not be the username",
            "invalidPasswordNotEmailMessage", "must not be the email address");

    private static Map<String, Object> representation(Invitation invitation) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", invitation.username());
        user.put("email", invitation.email());
        user.put("firstName", invitation.firstName());
        user.put("lastName", invitation.lastName());
        user.put("enabled", true);
        // the inviter's word is no proof that the address is the person's: Keycloak's own flow verifies it
        user.put("emailVerified", false);
        user.put(
                "attributes",
                invitation.staffId() == null
                        ? Map.of("org_id", List.of(invitation.organisationId().toString()))
                        : Map.of(
                                "org_id",
                                List.of(invitation.organisationId().toString()),
                                "staff_id",
                                List.of(invitation.staffId().toString())));
        // no credentials: nobody but the person ever knows the password, set through the emailed link
        user.put("requiredActions", INVITATION_ACTIONS);
        return user;
    }

    private static JsonNode body(HttpClientErrorException refused) {
        try {
            return JSON.readTree(refused.getResponseBodyAsString());
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode();
        }
    }
}
