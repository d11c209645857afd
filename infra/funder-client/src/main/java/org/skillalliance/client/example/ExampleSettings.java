package org.skillalliance.client.example;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the example needs: where the gateway and the realm's token endpoint are, the funder system's client id and
 * secret (as member-service issued them), and the programme whose report to fetch.
 *
 * @param gateway       the gateway's address, e.g. {@code http://localhost:8080}
 * @param tokenEndpoint the realm's token endpoint, e.g.
 *                      {@code http://localhost:8180/realms/skill-alliance/protocol/openid-connect/token}
 */
public record ExampleSettings(URI gateway, URI tokenEndpoint, String clientId, String clientSecret, UUID programmeId) {

    /** The environment variables read when no argument is given, in the order of the arguments. */
    public static final List<String> VARIABLES = List.of(
            "SKILLALLIANCE_GATEWAY_URL",
            "SKILLALLIANCE_TOKEN_URL",
            "SKILLALLIANCE_CLIENT_ID",
            "SKILLALLIANCE_CLIENT_SECRET",
            "SKILLALLIANCE_PROGRAMME_ID");

    public static final String USAGE =
            "usage: ImpactReportExample <gateway URL> <token URL> <client id> <client secret>"
                    + " <programme id>\n   or: no arguments, with the environment variables "
                    + String.join(", ", VARIABLES)
                    + "\n(the environment keeps the secret out of the process list)";

    /**
     * The five values from the arguments, or from the environment when there are none.
     *
     * @throws IllegalArgumentException naming what is missing or wrong, with {@link #USAGE}
     */
    public static ExampleSettings from(String[] arguments, Map<String, String> environment) {
        List<String> values = new ArrayList<>();
        if (arguments.length == VARIABLES.size()) {
            values.addAll(List.of(arguments));
        } else if (arguments.length == 0) {
            List<String> missing = new ArrayList<>();
            for (String variable : VARIABLES) {
                String value = environment.get(variable);
                if (value == null || value.isBlank()) {
                    missing.add(variable);
                }
                values.add(value);
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("not set: " + String.join(", ", missing) + "\n" + USAGE);
            }
        } else {
            throw new IllegalArgumentException(
                    VARIABLES.size() + " arguments expected, " + arguments.length + " given\n" + USAGE);
        }
        return new ExampleSettings(
                address(values.get(0), "gateway URL"),
                address(values.get(1), "token URL"),
                values.get(2),
                values.get(3),
                programme(values.get(4)));
    }

    private static URI address(String value, String what) {
        try {
            URI uri = URI.create(value.strip().replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException notAUri) {
            // reported below, as any other address that is not http(s)
        }
        throw new IllegalArgumentException(what + " '" + value + "' is not an http or https address\n" + USAGE);
    }

    private static UUID programme(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAUuid) {
            throw new IllegalArgumentException("programme id '" + value + "' is not a UUID\n" + USAGE);
        }
    }
}
