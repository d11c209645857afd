package org.skillalliance.client.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillalliance.client.reporting.ApiClient;
import org.skillalliance.client.reporting.ApiException;
import org.skillalliance.client.reporting.api.ImpactReportControllerApi;
import org.skillalliance.client.reporting.model.FieldViolation;
import org.skillalliance.client.reporting.model.ImpactReport;
import org.skillalliance.client.reporting.model.Problem;

/**
 * Fetches a programme's impact report as a funder's system does, and prints its headline figures one per line as
 * {@code name: value} (the report's own field names):
 *
 * <pre>
 * programmeName: Digital Skills for SMEs 2026
 * participants: 62
 * completionRate: 0.8333
 * grantDisbursedMinor: 4322346
 * currency: EUR
 * </pre>
 *
 * <p>Arguments: gateway URL, token URL, client id, client secret, programme id; or none, with the environment variables
 * of {@link ExampleSettings#VARIABLES}. Exit code 0 with the figures; 1 with the problem's title and detail on standard
 * error when the token endpoint or the API refuses (or cannot be reached); 2 with the usage on wrong arguments.
 */
public final class ImpactReportExample {

    /**
     * The versioned media type of a report's JSON (reporting-service's {@code ReportResponses}): a client that asks
     * for it keeps getting today's shape after a breaking change is served as v2. Problems still come as problem+json.
     */
    public static final String REPORT_V1_JSON = "application/vnd.skillalliance.report.v1+json";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ImpactReportExample() {}

    public static void main(String[] arguments) {
        System.exit(run(arguments, System.getenv(), System.out, System.err));
    }

    /**
     * The program without {@link System#exit}: reads the settings, fetches the report, prints the figures on
     * {@code out} or the problem on {@code err}, and returns the exit code. The system tests run it this way.
     */
    public static int run(String[] arguments, Map<String, String> environment, PrintStream out, PrintStream err) {
        ExampleSettings settings;
        try {
            settings = ExampleSettings.from(arguments, environment);
        } catch (IllegalArgumentException wrongArguments) {
            err.println(wrongArguments.getMessage());
            return 2;
        }
        try {
            headlineFigures(settings).forEach(out::println);
            return 0;
        } catch (ApiProblem problem) {
            err.println(problem.title() + " (" + problem.status() + ")");
            err.println(problem.detail());
            return 1;
        }
    }

    /**
     * Gets a token with the client credentials, fetches the programme's impact report through the gateway with the
     * generated reporting client, and returns the lines the program prints.
     *
     * @throws ApiProblem when the token endpoint or the API refuses, with the problem's title and detail
     */
    public static List<String> headlineFigures(ExampleSettings settings) throws ApiProblem {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(TIMEOUT);
        ObjectMapper json = ApiClient.createDefaultObjectMapper();
        String token = new ClientCredentials(http.build(), json)
                .accessToken(settings.tokenEndpoint(), settings.clientId(), settings.clientSecret());
        ApiClient reporting = new ApiClient(http, json, settings.gateway().toString())
                .setReadTimeout(TIMEOUT)
                .setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + token)
                        .setHeader("Accept", REPORT_V1_JSON + ", application/problem+json"));
        ImpactReport report;
        try {
            report = new ImpactReportControllerApi(reporting)
                    .impactReport(settings.programmeId(), null, null, null, null, null);
        } catch (ApiException refused) {
            throw problemOf(refused, json, settings);
        }
        return lines(report);
    }

    /** The headline figures of a report, as printed. */
    public static List<String> lines(ImpactReport report) {
        return List.of(
                "programmeName: " + report.getProgrammeName(),
                "participants: " + report.getParticipants(),
                "completionRate: " + plain(report.getCompletionRate()),
                "grantDisbursedMinor: " + report.getGrantDisbursedMinor(),
                "currency: " + report.getCurrency());
    }

    /** A rate is null where nothing has an outcome yet (no denominator): printed as {@code none}. */
    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    private static ApiProblem problemOf(ApiException refused, ObjectMapper json, ExampleSettings settings) {
        if (refused.getCode() == 0) {
            return new ApiProblem(0, "gateway unreachable", settings.gateway() + ": " + refused.getMessage());
        }
        String body = Objects.requireNonNullElse(refused.getResponseBody(), "");
        try {
            Problem problem = json.readValue(body, Problem.class);
            if (problem != null && problem.getTitle() != null) {
                return new ApiProblem(refused.getCode(), problem.getTitle(), describe(problem));
            }
        } catch (IOException notAProblem) {
            // a body that is no problem+json (a proxy's page) is shown as it came
        }
        return new ApiProblem(refused.getCode(), "HTTP " + refused.getCode(), body.isBlank() ? "(no body)" : body);
    }

    /** The detail, and each field to blame with its reason. */
    private static String describe(Problem problem) {
        StringBuilder text = new StringBuilder(Objects.requireNonNullElse(problem.getDetail(), ""));
        Objects.requireNonNullElse(problem.getErrors(), List.<FieldViolation>of())
                .forEach(error -> text.append(System.lineSeparator())
                        .append(error.getField())
                        .append(": ")
                        .append(error.getReason()));
        return text.toString();
    }
}
