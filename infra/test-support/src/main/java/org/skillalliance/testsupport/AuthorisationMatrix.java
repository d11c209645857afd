package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * Every service's authorisation matrix: its callers (a set of {@link Who}, the one table of the kinds of caller and the
 * organisation each acts for), and the rows its test declares ({@code (method, path, body, caller) -> expected
 * status}). {@link #check} sends every row as every caller through one door (the real gateway in front of the service,
 * {@link TestGateway}) and reports every mismatch at once, each naming its row and caller, after printing the table of
 * the statuses it got.
 *
 * <pre>{@code
 * matrix = AuthorisationMatrix.inFrontOf("member-service", port, EnumSet.allOf(Who.class))
 *         .expiredTokenShownOn("/api/alliances");
 * // the test's own data, while the gateway starts
 * matrix.tenants(new Tenant(association1, employer1, provider1, funder1, null), new Tenant(...));
 * gateway = matrix.door();
 * matrix.check(List.of(new Row("GET /api/alliances", () -> Call.get("/api/alliances"),
 *         Expected.otherwise(200).and(403, Who.LEARNER), null)), this::showsNothingOfTenantOne);
 * }</pre>
 *
 * <p>The setup costs time, not checks: the gateway starts in the background from {@link #inFrontOf} on, and
 * {@link #tenants} makes the callers in Keycloak a few at a time, each with its first token (a new person costs
 * Keycloak a password hash at its creation and another at its first token).
 *
 * <p>Every cell checks, besides the status: that a refusal (4xx, 401 included) is problem+json; that a refused call
 * left the row's probe as it found it; the test's own check of every cell (what a caller must not see); and the row's
 * check of a successful answer.
 */
public final class AuthorisationMatrix {

    /**
     * Every kind of caller a matrix has, as data: how it gets its tokens, and for a person or system the realm role it
     * holds and the organisation it acts for, of tenant 1 (the owner of the objects the rows touch) or, with the
     * suffix {@code _2}, of tenant 2 (another organisation of the same kind). A matrix takes those of its service.
     */
    public enum Who {
        ADMIN(Credential.ADMIN, null, 0, null),
        COORDINATOR(Credential.PERSON, "coordinator", 1, Tenant::association),
        COORDINATOR_2(Credential.PERSON, "coordinator", 2, Tenant::association),
        MEMBER_ADMIN(Credential.PERSON, "member-admin", 1, Tenant::employer),
        MEMBER_ADMIN_2(Credential.PERSON, "member-admin", 2, Tenant::employer),
        PROVIDER(Credential.PERSON, "provider", 1, Tenant::provider),
        PROVIDER_2(Credential.PERSON, "provider", 2, Tenant::provider),
        FUNDER(Credential.PERSON, "funder", 1, Tenant::funder),
        FUNDER_2(Credential.PERSON, "funder", 2, Tenant::funder),
        /** The funder's own system, with a client-credentials token. */
        FUNDER_SYSTEM(Credential.SYSTEM, "funder", 1, Tenant::funder),
        /** A learner of the employer, linked to {@link Tenant#learnerStaff} where the tenant names one. */
        LEARNER(Credential.LEARNER, "learner", 1, Tenant::employer),
        NO_TOKEN(Credential.NONE, null, 0, null),
        /** An admin whose token has run out ({@link #expiredTokenShownOn}). */
        EXPIRED_TOKEN(Credential.EXPIRED, null, 0, null);

        private final Credential credential;
        private final String role;
        private final int tenant;
        private final Function<Tenant, UUID> organisation;

        Who(Credential credential, String role, int tenant, Function<Tenant, UUID> organisation) {
            this.credential = credential;
            this.role = role;
            this.tenant = tenant;
            this.organisation = organisation;
        }

        /**
         * Whether the caller has no valid token, and so gets 401 in every row but a public one that names it with
         * another status ({@link Expected#and}).
         */
        public boolean unauthenticated() {
            return credential == Credential.NONE || credential == Credential.EXPIRED;
        }
    }

    private enum Credential {
        ADMIN,
        PERSON,
        SYSTEM,
        LEARNER,
        NONE,
        EXPIRED
    }

    /**
     * The organisations of one tenant that its callers act for (null where the matrix has no caller acting for it),
     * and the staff record of its employer that its learner's login is linked to (null: a learner linked to none).
     */
    public record Tenant(UUID association, UUID employer, UUID provider, UUID funder, UUID learnerStaff) {}

    /**
     * How many callers {@link #tenants} makes at once: Keycloak hashes each new person's password on a thread of its
     * own, so a few at a time keep the machine's two cores busy without queueing the whole matrix behind them.
     */
    private static final int CALLERS_AT_ONCE = 4;

    private final CompletableFuture<String> door;
    private final int servicePort;
    private final Set<Who> callers;
    private final Map<Who, Supplier<String>> tokens = new EnumMap<>(Who.class);
    private String expiryPath;

    private AuthorisationMatrix(CompletableFuture<String> door, int servicePort, Set<Who> callers) {
        this.door = door;
        this.servicePort = servicePort;
        this.callers = Collections.unmodifiableSet(EnumSet.copyOf(callers));
    }

    /**
     * A matrix of the callers, every cell sent through the real gateway in front of the service on its port
     * ({@link TestGateway#startInFrontOf}), which starts in the background meanwhile.
     */
    public static AuthorisationMatrix inFrontOf(String service, int servicePort, Set<Who> callers) {
        return new AuthorisationMatrix(TestGateway.startInFrontOf(service, servicePort), servicePort, callers);
    }

    /** The gateway's base address, once it is ready: the door every cell goes through. */
    public String door() {
        return door.join();
    }

    /**
     * Where the token of {@link Who#EXPIRED_TOKEN} is shown to have run out before its first cell: a GET of the path
     * on the service's own port and through the door, each of which then answers 401 (see {@link Callers#expired}); a
     * path an admin may read, so that only the token's expiry can explain the 401.
     */
    public AuthorisationMatrix expiredTokenShownOn(String path) {
        expiryPath = path;
        return this;
    }

    /**
     * Creates the callers of tenant 1 and tenant 2 in the test JVM's Keycloak (see {@link Callers}) as the table of
     * {@link Who} says, each acting for its tenant's organisation, and fetches each one's first token: a few at a time,
     * returning once all are made.
     */
    public AuthorisationMatrix tenants(Tenant one, Tenant two) {
        Map<Who, CompletableFuture<Supplier<String>>> made = new EnumMap<>(Who.class);
        try (ExecutorService keycloakCalls = Executors.newFixedThreadPool(CALLERS_AT_ONCE)) {
            for (Who who : callers) {
                Supplier<Supplier<String>> caller = maker(who, who.tenant == 1 ? one : two);
                if (caller != null) {
                    made.put(
                            who,
                            CompletableFuture.supplyAsync(
                                    () -> who.credential == Credential.EXPIRED
                                            ? caller.get()
                                            : withFirstToken(caller.get()),
                                    keycloakCalls));
                }
            }
        }
        made.forEach((who, caller) -> tokens.put(who, caller.join()));
        return this;
    }

    /** How to make the caller and its tokens, as the table of {@link Who} says (null for no token). */
    private Supplier<Supplier<String>> maker(Who who, Tenant tenant) {
        UUID organisation = who.organisation == null ? null : organisationOf(who, tenant);
        return switch (who.credential) {
            case ADMIN -> Callers::admin;
            case PERSON -> () -> Callers.person(who.role, organisation);
            case SYSTEM -> () -> constant(Callers.funderSystemToken(organisation));
            case LEARNER ->
                tenant.learnerStaff() == null
                        ? () -> Callers.person(who.role, organisation)
                        : () -> Callers.learner(organisation, tenant.learnerStaff());
            case EXPIRED -> {
                if (expiryPath == null) {
                    throw new IllegalStateException(
                            who + " needs the path that shows its expiry: give the matrix expiredTokenShownOn(path)");
                }
                // made with the others, so that it has long run out by its first cell, where it is shown to have
                yield () -> new ExpiredToken(Callers.shortLivedAdminToken());
            }
            case NONE -> null;
        };
    }

    /**
     * A short-lived admin token, handed out once the service's own port and then the gateway refuse it on the
     * {@linkplain #expiredTokenShownOn expiry path} with 401 (the gateway is awaited only then, not while the test
     * makes its data).
     */
    private final class ExpiredToken implements Supplier<String> {

        private final String token;
        private boolean shown;

        ExpiredToken(String token) {
            this.token = token;
        }

        @Override
        public synchronized String get() {
            if (!shown) {
                Callers.expired(token, ApiClient.onPort(servicePort), expiryPath);
                Callers.expired(token, new ApiClient(door()), expiryPath);
                shown = true;
            }
            return token;
        }
    }

    private static Supplier<String> constant(String token) {
        return () -> token;
    }

    private static Supplier<String> withFirstToken(Supplier<String> tokens) {
        tokens.get();
        return tokens;
    }

    private static UUID organisationOf(Who who, Tenant tenant) {
        UUID organisation = who.organisation.apply(tenant);
        if (organisation == null) {
            throw new IllegalArgumentException(who + " acts for an organisation its tenant does not name: " + tenant);
        }
        return organisation;
    }

    /** The matrix's callers, in the order of its columns. */
    public Set<Who> callers() {
        return callers;
    }

    /** A client of the door calling as the caller, with its current token (none for {@link Who#NO_TOKEN}). */
    public ApiClient as(Who who) {
        ApiClient client = new ApiClient(door());
        return who == Who.NO_TOKEN ? client : client.withToken(token(who));
    }

    /** The caller's current token. */
    public String token(Who who) {
        Supplier<String> token = tokens.get(who);
        if (token == null) {
            throw new IllegalStateException("no token for " + who + ": give the matrix its tenants first");
        }
        return token.get();
    }

    /**
     * Sends every row as every caller, prints the table of the statuses, and fails once with every mismatch.
     *
     * @param everyCell what the test checks of every cell whatever the row (for instance that no body shows another
     *                  tenant's data); null for nothing
     */
    public void check(List<Row> rows, CellCheck everyCell) {
        SoftAssertions softly = new SoftAssertions();
        int width = rows.stream().mapToInt(row -> row.name().length()).max().orElse(0) + 2;
        StringBuilder table = new StringBuilder(String.format("%-" + width + "s", "endpoint"));
        for (Who caller : callers) {
            table.append(String.format(" %14s", caller));
        }
        table.append('\n');
        int cells = 0;
        for (Row row : rows) {
            table.append(String.format("%-" + width + "s", row.name()));
            for (Who caller : callers) {
                Cell cell = send(row, caller);
                check(softly, cell);
                if (everyCell != null) {
                    everyCell.check(softly, cell);
                }
                table.append(String.format(" %14d", cell.response().status()));
                cells++;
            }
            table.append('\n');
        }
        System.out.print(table);
        System.out.printf(
                "authorisation matrix: %d endpoints x %d callers = %d cells checked%n",
                rows.size(), callers.size(), cells);
        assertThat(cells).isEqualTo(rows.size() * callers.size());
        softly.assertAll();
    }

    private Cell send(Row row, Who who) {
        Call call = row.arrange().get();
        String before = call.probe() == null ? null : call.probe().get();
        ApiClient client = as(who);
        ApiClient.Response response = switch (call.method()) {
            case "GET" ->
                call.accept() == null ? client.get(call.path()) : client.getAccepting(call.path(), call.accept());
            case "PUT" -> client.put(call.path(), call.body());
            case "DELETE" -> client.delete(call.path());
            case "POST" -> call.body() == null ? client.post(call.path()) : client.post(call.path(), call.body());
            case "UPLOAD" ->
                client.upload(
                        call.path(), "file", "staff.csv", call.body().toString().getBytes(StandardCharsets.UTF_8));
            case "POST_CSV" ->
                client.post(call.path(), "text/csv", call.body().toString().getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(call.method());
        };
        return new Cell(row, who, call, before, response);
    }

    private void check(SoftAssertions softly, Cell cell) {
        ApiClient.Response response = cell.response();
        // a caller without a valid token gets 401, but where a public row names it (no token at all)
        int expected = cell.who().unauthenticated()
                        && !cell.row().expected().statuses().containsKey(cell.who())
                ? 401
                : cell.row().expected().status(cell.who());
        softly.assertThat(response.status()).as(cell.name() + ": " + response).isEqualTo(expected);
        if (response.status() >= 400) {
            softly.assertThat(response.header("Content-Type"))
                    .as(cell.name() + " answers problem+json: " + response)
                    .startsWith("application/problem+json");
            if (cell.before() != null) {
                softly.assertThat(cell.call().probe().get())
                        .as(cell.name() + " changed nothing")
                        .isEqualTo(cell.before());
            }
        }
        if (cell.row().check() != null && response.status() < 300) {
            cell.row().check().check(softly, cell.who(), response);
        }
    }

    /** The status a caller should get: {@code otherwise} unless the caller is named with another one. */
    public record Expected(int otherwise, Map<Who, Integer> statuses) {

        public static Expected otherwise(int status) {
            return new Expected(status, Map.of());
        }

        public Expected and(int status, Who... who) {
            Map<Who, Integer> more = new EnumMap<>(Who.class);
            more.putAll(statuses);
            for (Who caller : who) {
                more.put(caller, status);
            }
            return new Expected(otherwise, more);
        }

        public int status(Who who) {
            return statuses.getOrDefault(who, otherwise);
        }
    }

    /**
     * One request: its method ({@code GET}, {@code PUT}, {@code POST}, {@code DELETE}, {@code UPLOAD} for a CSV
     * body sent as the multipart field {@code file}, or {@code POST_CSV} for a CSV sent as the body itself), path, body, the representation it accepts (null for the
     * default), and a probe (read as admin) of the state it may change, which a refused call must leave alone.
     */
    public record Call(String method, String path, Object body, Supplier<String> probe, String accept) {

        public Call(String method, String path, Object body, Supplier<String> probe) {
            this(method, path, body, probe, null);
        }

        public static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        /** The same request asking for another representation, such as {@code text/csv}. */
        public Call accepting(String mediaType) {
            return new Call(method, path, body, probe, mediaType);
        }

        /** Whether the request names the text itself (in its path or body): a refusal may repeat it. */
        public boolean names(String text) {
            return path.contains(text) || (body != null && body.toString().contains(text));
        }
    }

    /**
     * One row: its name (method and path template, with a note where one path has several rows), how to set up its
     * call (fresh objects where a successful call uses them up; called once a cell), who gets what, and what a
     * successful answer must also show to the caller (null for nothing).
     */
    public record Row(String name, Supplier<Call> arrange, Expected expected, BodyCheck check) {}

    /** What a successful answer must also show to this caller. */
    @FunctionalInterface
    public interface BodyCheck {
        void check(SoftAssertions softly, Who who, ApiClient.Response response);
    }

    /** One row sent as one caller: the call, the probe's reading before it, and the answer. */
    public record Cell(Row row, Who who, Call call, String before, ApiClient.Response response) {

        /** The row and the caller, as every assertion of the cell names them. */
        public String name() {
            return row.name() + " as " + who;
        }
    }

    /** What a test checks of every cell of its matrix. */
    @FunctionalInterface
    public interface CellCheck {
        void check(SoftAssertions softly, Cell cell);
    }
}
