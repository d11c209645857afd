package org.skillalliance.platform;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local trace collector's OTLP door: receives spans over OTLP/HTTP ({@code POST /v1/traces}, protobuf, as the
 * services' OpenTelemetry exporter sends them) and hands them to Zipkin in its own JSON ({@code POST /api/v2/spans}),
 * after the OpenTelemetry specification's mapping to Zipkin: ids in hex, times in microseconds, the resource's
 * {@code service.name} as the local endpoint, attributes as tags, an error status as the {@code error} tag, events as
 * annotations. Left out, as this collector serves a developer's machine: remote endpoints, and the resource's other
 * attributes. Zipkin 3 has no OTLP receiver of its own, and
 * the OpenTelemetry Collector is no Java program; this keeps the services on the standard protocol that a production
 * collector (or any vendor's) takes, and gives the local platform Zipkin's UI and query API.
 *
 * <p>Run by {@link TraceCollector} in a JVM of its own: {@code OtlpToZipkin <port> <zipkin base URL>}.
 */
public final class OtlpToZipkin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI zipkinSpans;

    OtlpToZipkin(URI zipkin) {
        this.zipkinSpans = zipkin.resolve("/api/v2/spans");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OtlpToZipkin <port> <zipkin base URL>");
            System.exit(2);
        }
        OtlpToZipkin receiver = new OtlpToZipkin(URI.create(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 64);
        server.createContext("/v1/traces", receiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        System.out.println("OTLP/HTTP receiver on http://localhost:" + args[0] + "/v1/traces, spans to " + args[1]);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException unreadable) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            List<Map<String, Object>> spans = toZipkin(request);
            int status = spans.isEmpty() ? 200 : forward(spans);
            if (status != 200) {
                // 503 (Zipkin unreachable or failing) is retryable for the OpenTelemetry exporters: the batch comes
                // again; 400 (Zipkin refused the spans) is not, since it would be refused again
                exchange.sendResponseHeaders(status / 100 == 4 ? 400 : 503, -1);
                return;
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream body = exchange.getRequestBody();
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(body) : body;
    }

    private int forward(List<Map<String, Object>> spans) {
        try {
            HttpResponse<Void> answer = http.send(
                    HttpRequest.newBuilder(zipkinSpans)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(spans)))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() / 100 == 2 ? 200 : answer.statusCode();
        } catch (IOException e) {
            System.err.println("Zipkin did not take " + spans.size() + " spans: " + e);
            return 503;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }

    /** Zipkin's v2 JSON model of every span of the request (zipkin2 {@code Span}: ids in hex, times in microseconds). */
    static List<Map<String, Object>> toZipkin(ExportTraceServiceRequest request) {
        List<Map<String, Object>> spans = new ArrayList<>();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = serviceName(resourceSpans.getResource());
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.add(toZipkin(service, span));
                }
            }
        }
        return spans;
    }

    private static Map<String, Object> toZipkin(String service, Span span) {
        Map<String, Object> zipkin = new LinkedHashMap<>();
        zipkin.put("traceId", HEX.formatHex(span.getTraceId().toByteArray()));
        zipkin.put("id", HEX.formatHex(span.getSpanId().toByteArray()));
        if (!span.getParentSpanId().isEmpty()) {
            zipkin.put("parentId", HEX.formatHex(span.getParentSpanId().toByteArray()));
        }
        zipkin.put("name", span.getName());
        String kind = switch (span.getKind()) {
            case SPAN_KIND_SERVER -> "SERVER";
            case SPAN_KIND_CLIENT -> "CLIENT";
            case SPAN_KIND_PRODUCER -> "PRODUCER";
            case SPAN_KIND_CONSUMER -> "CONSUMER";
            default -> null;
        };
        if (kind != null) {
            zipkin.put("kind", kind);
        }
        long start = span.getStartTimeUnixNano() / 1000;
        zipkin.put("timestamp", start);
        zipkin.put("duration", Math.max(1, span.getEndTimeUnixNano() / 1000 - start));
        zipkin.put("localEndpoint", Map.of("serviceName", service));
        Map<String, String> tags = new LinkedHashMap<>();
        for (KeyValue attribute : span.getAttributesList()) {
            tags.put(attribute.getKey(), text(attribute.getValue()));
        }
        switch (span.getStatus().getCode()) {
            case STATUS_CODE_ERROR -> {
                tags.put("otel.status_code", "ERROR");
                tags.put("error", span.getStatus().getMessage());
            }
            case STATUS_CODE_OK -> tags.put("otel.status_code", "OK");
            default -> {
                // unset: no tag
            }
        }
        if (span.getEventsCount() > 0) {
            zipkin.put(
                    "annotations",
                    span.getEventsList().stream()
                            .map(event -> Map.of("timestamp", event.getTimeUnixNano() / 1000, "value", event.getName()))
                            .toList());
        }
        if (!tags.isEmpty()) {
            zipkin.put("tags", tags);
        }
        return zipkin;
    }

    private static String serviceName(Resource resource) {
        for (KeyValue attribute : resource.getAttributesList()) {
            if (attribute.getKey().equals("service.name")) {
                return text(attribute.getValue());
            }
        }
        return "unknown_service";
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            case ARRAY_VALUE ->
                JSON.writeValueAsString(value.getArrayValue().getValuesList().stream()
                        .map(OtlpToZipkin::text)
                        .toList());
            default -> value.toString().strip();
        };
    }
}
