package org.skillalliance.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of every service (docs/api.md), ahead of security and of anything that reads the body: a request
 * whose {@code Content-Length} is above its path's limit is refused at once with 413 {@code payload-too-large}; a body
 * of unknown length (chunked) is counted as it is read, and the read that passes the limit fails with a
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
        chain.doFilter(new LimitedRequest(request, limit), response);
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
