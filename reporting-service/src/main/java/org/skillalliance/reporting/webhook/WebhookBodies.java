package org.skillalliance.reporting.webhook;

import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON body of a delivery, as Standard Webhooks suggests: {@code {"type", "timestamp", "data"}}. */
@Component
class WebhookBodies {

    private final JsonMapper mapper;

    WebhookBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String body(WebhookKind kind, Instant timestamp, JsonNode data) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", kind.wireName());
        body.put("timestamp", timestamp.toString());
        body.set("data", data);
        return mapper.writeValueAsString(body);
    }

    ObjectNode data() {
        return mapper.createObjectNode();
    }
}
