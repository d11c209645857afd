package org.skillalliance.testsupport;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parts every service's authorisation matrix test shares: the expected status per caller, the request a cell
 * sends, and the line that reports the matrix's size. Each test keeps its own callers (an enum) and endpoints.
 */
public final class AuthorisationMatrix {

    private AuthorisationMatrix() {
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

    /** One request, with a probe (read as admin) of the state it may change, which a refused call must leave alone. */
    public record Call(String method, String path, Object body, Supplier<String> probe) {

        public static Call get(String path) {
            return new Call("GET", path, null, null);
        }
    }

    /** Prints the size of the matrix, as the issue asks, and returns the number of cells it must have. */
    public static int report(int endpoints, int callers, int cellsChecked) {
        System.out.printf("authorisation matrix: %d endpoints x %d callers = %d cells checked%n", endpoints, callers,
                cellsChecked);
        return endpoints * callers;
    }
}
