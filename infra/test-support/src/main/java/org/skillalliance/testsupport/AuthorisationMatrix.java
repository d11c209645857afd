package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * Every service's authorisation matrix: its callers (an enum), each with its tokens, and the rows its test declares
 * ({@code (method, path, body, caller) -> expected status}). {@link #check} sends every row as every caller through
 * one door (the gateway) and reports every mismatch at once, each naming its row and caller, after printing the
 * table of the statuses it got.
 *
 * <pre>{@code
 * matrix = AuthorisationMatrix.through(gateway, Who.class).unauthenticated(Who.NO_TOKEN, Who.EXPIRED_TOKEN)
 *         .caller(Who.ADMIN, Callers.admin()).caller(Who.COORDINATOR, Callers.person("coordinator", association1));
 * matrix.check(List.of(new Row<>("GET /api/alliances", () -> Call.get("/api/alliances"),
 *         Expected.otherwise(Who.class, 200).and(403, Who.LEARNER), null)), this::showsNothingOfTenantOne);
 * }</pre>
 *
 * <p>Every cell checks, besides the status: that a refusal (4xx, 401 included) is problem+json; that a refused call
 * left the row's probe as it found it; the test's own check of every cell (what a caller must not see); and the row's
 * check of a successful answer.
 */
public final class AuthorisationMatrix<W extends Enum<W>> {

    private final String door;
    private final Class<W> callers;
    private final Map<W, Supplier<String>> tokens;
    private final Set<W> unauthenticated;

    private AuthorisationMatrix(String door, Class<W> callers) {
        this.door = door;
        this.callers = callers;
        this.tokens = new EnumMap<>(callers);
        this.unauthenticated = EnumSet.noneOf(callers);
    }

    /** A matrix of the callers, every cell sent to {@code door} (the gateway's base URL). */
    public static <W extends Enum<W>> AuthorisationMatrix<W> through(String door, Class<W> callers) {
        return new AuthorisationMatrix<>(door, callers);
    }

    /** The caller's tokens (see {@link Callers}); a caller without any calls with no token. */
    public AuthorisationMatrix<W> caller(W who, Supplier<String> tokens) {
        this.tokens.put(who, tokens);
        return this;
    }

    /** Callers whose token is missing or no longer valid: 401 in every row. */
    @SafeVarargs
    public final AuthorisationMatrix<W> unauthenticated(W... who) {
        unauthenticated.addAll(List.of(who));
        return this;
    }

    /** A client of the door calling as the caller, with its current token (none for a caller without tokens). */
    public ApiClient as(W who) {
        ApiClient client = new ApiClient(door);
        Supplier<String> token = tokens.get(who);
        return token == null ? client : client.withToken(token.get());
    }

    /** The caller's current token. */
    public String token(W who) {
        return tokens.get(who).get();
    }

    /**
     * Sends every row as every caller, prints the table of the statuses, and fails once with every mismatch.
     *
     * @param everyCell what the test checks of every cell whatever the row (for instance that no body shows another
     *                  tenant's data); null for nothing
     */
    public void check(List<Row<W>> rows, CellCheck<W> everyCell) {
        SoftAssertions softly = new SoftAssertions();
        W[] who = callers.getEnumConstants();
        int width = rows.stream().mapToInt(row -> row.name().length()).max().orElse(0) + 2;
        StringBuilder table = new StringBuilder(String.format("%-" + width + "s", "endpoint"));
        for (W caller : who) {
            table.append(String.format(" %14s", caller));
        }
        table.append('\n');
        int cells = 0;
        for (Row<W> row : rows) {
            table.append(String.format("%-" + width + "s", row.name()));
            for (W caller : who) {
                Cell<W> cell = send(row, caller);
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
                "authorisation matrix: %d endpoints x %d callers = %d cells checked%n", rows.size(), who.length, cells);
        assertThat(cells).isEqualTo(rows.size() * who.length);
        softly.assertAll();
    }

    private Cell<W> send(Row<W> row, W who) {
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
            default -> throw new IllegalArgumentException(call.method());
        };
        return new Cell<>(row, who, call, before, response);
    }

    private void check(SoftAssertions softly, Cell<W> cell) {
        ApiClient.Response response = cell.response();
        int expected = unauthenticated.contains(cell.who())
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
    public record Expected<W extends Enum<W>>(Class<W> callers, int otherwise, Map<W, Integer> statuses) {

        public static <W extends Enum<W>> Expected<W> otherwise(Class<W> callers, int status) {
            return new Expected<>(callers, status, Map.of());
        }

        @SafeVarargs
        public final Expected<W> and(int status, W... who) {
            Map<W, Integer> more = new EnumMap<>(callers);
            more.putAll(statuses);
            for (W caller : who) {
                more.put(caller, status);
            }
            return new Expected<>(callers, otherwise, more);
        }

        public int status(W who) {
            return statuses.getOrDefault(who, otherwise);
        }
    }

    /**
     * One request: its method ({@code GET}, {@code PUT}, {@code POST}, {@code DELETE}, or {@code UPLOAD} for a CSV
     * body sent as the multipart field {@code file}), path, body, the representation it accepts (null for the
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
    public record Row<W extends Enum<W>>(
            String name, Supplier<Call> arrange, Expected<W> expected, BodyCheck<W> check) {}

    /** What a successful answer must also show to this caller. */
    @FunctionalInterface
    public interface BodyCheck<W extends Enum<W>> {
        void check(SoftAssertions softly, W who, ApiClient.Response response);
    }

    /** One row sent as one caller: the call, the probe's reading before it, and the answer. */
    public record Cell<W extends Enum<W>>(Row<W> row, W who, Call call, String before, ApiClient.Response response) {

        /** The row and the caller, as every assertion of the cell names them. */
        public String name() {
            return row.name() + " as " + who;
        }
    }

    /** What a test checks of every cell of its matrix. */
    @FunctionalInterface
    public interface CellCheck<W extends Enum<W>> {
        void check(SoftAssertions softly, Cell<W> cell);
    }
}
