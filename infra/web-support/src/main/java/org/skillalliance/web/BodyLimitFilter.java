package org.skillalliance.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of every service (docs/api.md), ahead of security and of anything that reads the body: a request
 * whose {@code Content-Length} is above its path's limit is refused at once with 413 {@code payload-too-large}; a body
 * of unknown length (chunked) is read here, counted, before the endpoint runs: past the limit it is the same 413,
 * whether or not the endpoint would have read it. A body read later past its limit fails with a
 * {@link BodyTooLargeException}, which the problem handlers turn into the same 413. Multipart uploads are parsed by
 * Tomcat from its own stream and are held to the multipart limits ({@code spring.servlet.multipart.*}) instead.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private final BodyLimitProperties limits;

    public BodyLimitFilter(BodyLimitProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        long limit = limits.limitFor(path);
        if (request.getContentLengthLong() > limit) {
            StatusProblems.write(response, StatusProblems.tooLarge(limit, blamed(request)));
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        if (request.getContentLengthLong() < 0
                && request.getHeader("Transfer-Encoding") != null
                && blamed(request).equals("body")) {
            // A chunked body is read here, whole, up to the limit: an endpoint that takes no body never reads it,
            // and would otherwise act on a request whose body was never held to the limit (found by HostileInputIT:
            // a 3 MB chunked body on DELETE /api/staff/{id} answered 204). At most the limit is held in memory.
            byte[] body;
            try {
                body = limited.getInputStream().readAllBytes();
            } catch (BodyTooLargeException e) {
                StatusProblems.write(response, StatusProblems.tooLarge(limit, "body"));
                return;
            }
            chain.doFilter(new ReadRequest(request, body), response);
            return;
        }
        chain.doFilter(limited, response);
    }

    /** A request whose body was read by the filter: the endpoint reads the same bytes. */
    private static final class ReadRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The body is in memory: all of it is available at once, and then all of it is read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        if (bytes.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** The API's uploads carry their file in the multipart field {@code file}; any other body is {@code body}. */
    private static String blamed(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) ? "file" : "body";
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private LimitedInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
