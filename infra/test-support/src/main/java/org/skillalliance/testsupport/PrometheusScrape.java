package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a service's {@code /actuator/prometheus}, over HTTP as Prometheus does it (text format 0.0.4), read
 * into samples: {@code PrometheusScrape.of(managementPort).value("skillalliance_outbox_backlog")}.
 *
 * @param status the HTTP status of the scrape
 * @param body   the exposition text as it came
 */
public record PrometheusScrape(int status, String body, List<Sample> samples) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LINE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One sample: a metric name (with its {@code _total}, {@code _count}, ... suffix), its labels and value. */
    public record Sample(String name, Map<String, String> labels, double value) {

        /** True if the sample has every {@code label, value} pair given. */
        public boolean has(String... labelPairs) {
            for (int i = 0; i + 1 < labelPairs.length; i += 2) {
                if (!labelPairs[i + 1].equals(labels.get(labelPairs[i]))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Scrapes {@code http://localhost:<managementPort>/actuator/prometheus}. */
    public static PrometheusScrape of(int managementPort) {
        return of(URI.create("http://localhost:" + managementPort + "/actuator/prometheus"));
    }

    /** Scrapes the given address (e.g. a public port, to see that it is not there). */
    public static PrometheusScrape of(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "text/plain; version=0.0.4")
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new PrometheusScrape(
                    response.statusCode(),
                    response.body(),
                    response.statusCode() == 200 ? parse(response.body()) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("could not scrape " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scraping " + uri, e);
        }
    }

    /** The samples of the exposition text (comments and blank lines left out). */
    public static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = LINE.matcher(line.strip());
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a sample line of the Prometheus text format: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(
                            label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            samples.add(new Sample(sample.group(1), Map.copyOf(labels), parseValue(sample.group(3))));
        }
        return List.copyOf(samples);
    }

    private static double parseValue(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }

    /** Every metric name of the scrape (with suffixes). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    /** The samples of {@code name} that have the given {@code label, value} pairs. */
    public List<Sample> samples(String name, String... labelPairs) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.has(labelPairs))
                .toList();
    }

    /** The value of the one sample of {@code name} with the given labels; empty if there is none, an error if several. */
    public OptionalDouble value(String name, String... labelPairs) {
        List<Sample> found = samples(name, labelPairs);
        if (found.size() > 1) {
            throw new IllegalStateException(
                    found.size() + " samples of " + name + " match " + List.of(labelPairs) + ": " + found);
        }
        return found.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(found.getFirst().value());
    }

    /** The sum over the samples of {@code name} with the given labels (0 if there are none). */
    public double sum(String name, String... labelPairs) {
        return samples(name, labelPairs).stream().mapToDouble(Sample::value).sum();
    }
}
