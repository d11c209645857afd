package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OTLP receiver's translation into Zipkin's model, as the OpenTelemetry Collector's Zipkin exporter makes it. */
class OtlpToZipkinTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void eachSpanBecomesAZipkinSpanOfItsResourcesService() {
        Span server = span(
                        "00f067aa0ba902b7",
                        "",
                        "http post /api/enrolments",
                        Span.SpanKind.SPAN_KIND_SERVER,
                        1_700_000_000_123_456_789L,
                        1_700_000_000_223_456_789L)
                .addAttributes(attribute(
                        "http.response.status_code", AnyValue.newBuilder().setIntValue(201)))
                .build();
        Span producer = span(
                        "b7ad6b7169203331",
                        "00f067aa0ba902b7",
                        "curriculum.events.v1 send",
                        Span.SpanKind.SPAN_KIND_PRODUCER,
                        1_700_000_000_300_000_000L,
                        1_700_000_000_300_000_500L)
                .setStatus(Status.newBuilder()
                        .setCode(Status.StatusCode.STATUS_CODE_ERROR)
                        .setMessage("timed out"))
                .addEvents(Span.Event.newBuilder().setName("exception").setTimeUnixNano(1_700_000_000_300_000_400L))
                .build();
        Span internal = span(
                        "c7ad6b7169203331",
                        "b7ad6b7169203331",
                        "outbox publish",
                        Span.SpanKind.SPAN_KIND_INTERNAL,
                        1_700_000_000_300_000_000L,
                        1_700_000_000_400_000_000L)
                .build();

        List<Map<String, Object>> zipkin = OtlpToZipkin.toZipkin(ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder()
                                .addAttributes(attribute(
                                        "service.name", AnyValue.newBuilder().setStringValue("curriculum-service"))))
                        .addScopeSpans(ScopeSpans.newBuilder()
                                .addSpans(server)
                                .addSpans(producer)
                                .addSpans(internal)))
                .build());

        assertThat(zipkin).hasSize(3);
        assertThat(zipkin.get(0))
                .containsEntry("traceId", TRACE)
                .containsEntry("id", "00f067aa0ba902b7")
                .doesNotContainKey("parentId")
                .containsEntry("name", "http post /api/enrolments")
                .containsEntry("kind", "SERVER")
                .containsEntry("timestamp", 1_700_000_000_123_456L)
                .containsEntry("duration", 100_000L)
                .containsEntry("localEndpoint", Map.of("serviceName", "curriculum-service"))
                .containsEntry("tags", Map.of("http.response.status_code", "201"));
        // a span shorter than a microsecond still has a duration; an error status is Zipkin's error tag
        assertThat(zipkin.get(1))
                .containsEntry("parentId", "00f067aa0ba902b7")
                .containsEntry("kind", "PRODUCER")
                .containsEntry("duration", 1L)
                .containsEntry("tags", Map.of("otel.status_code", "ERROR", "error", "timed out"))
                .containsEntry(
                        "annotations", List.of(Map.of("timestamp", 1_700_000_000_300_000L, "value", "exception")));
        // Zipkin has no INTERNAL kind: such a span has none
        assertThat(zipkin.get(2)).doesNotContainKey("kind").doesNotContainKey("tags");
    }

    private static Span.Builder span(String id, String parent, String name, Span.SpanKind kind, long start, long end) {
        Span.Builder span = Span.newBuilder()
                .setTraceId(ByteString.copyFrom(HEX.parseHex(TRACE)))
                .setSpanId(ByteString.copyFrom(HEX.parseHex(id)))
                .setName(name)
                .setKind(kind)
                .setStartTimeUnixNano(start)
                .setEndTimeUnixNano(end);
        if (!parent.isEmpty()) {
            span.setParentSpanId(ByteString.copyFrom(HEX.parseHex(parent)));
        }
        return span;
    }

    private static KeyValue attribute(String key, AnyValue.Builder value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }
}
