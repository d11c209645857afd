package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The chunked body the filter reads ahead, as the endpoint then reads it, blocking or through a ReadListener. */
class BodyLimitFilterTest {

    private final BodyLimitFilter filter = new BodyLimitFilter(new BodyLimitProperties(null, null, null));

    @Test
    void aChunkedBodyWithinTheLimitReachesTheEndpointWhole() throws Exception {
        ServletRequest passed = filtered("{\"name\":\"Ada\"}");

        assertThat(passed.getInputStream().readAllBytes())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("{\"name\":\"Ada\"}");
    }

    @Test
    void aReadListenerIsToldTheBodyIsThereAndThenAllRead() throws Exception {
        ServletInputStream body = filtered("{\"name\":\"Ada\"}").getInputStream();
        List<String> calls = new ArrayList<>();
        ByteArrayOutputStream read = new ByteArrayOutputStream();

        body.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                calls.add("onDataAvailable");
                byte[] buffer = new byte[4];
                while (body.isReady() && !body.isFinished()) {
                    read.write(buffer, 0, body.read(buffer));
                }
            }

            @Override
            public void onAllDataRead() {
                calls.add("onAllDataRead");
            }

            @Override
            public void onError(Throwable t) {
                calls.add("onError");
            }
        });

        assertThat(calls).containsExactly("onDataAvailable", "onAllDataRead");
        assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"Ada\"}");
    }

    private ServletRequest filtered(String json) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setServletPath("/api/things");
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContentType("application/json");
        request.setContent(json.getBytes(StandardCharsets.UTF_8));
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.set(req);
            }
        });
        assertThat(passed.get()).as("the filter passed the request on").isNotNull();
        return passed.get();
    }
}
