package org.skillalliance.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, for the requests a well-behaved client library will not send or alters on the way:
 * TRACE, {@code ..} and {@code //} in the path, request lines and headers beyond the server's limits, a body in chunks
 * of which the server answers before it has all.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code head} (request line and headers, without the closing empty line) and no body. */
    Response send(String head) {
        return exchange(head + "Connection: close\r\n\r\n", null, 0);
    }

    /**
     * Sends {@code head} with {@code Transfer-Encoding: chunked} and then {@code totalBytes} of body in chunks of 64 KB
     * from another thread, reading the answer meanwhile: a server may answer (and close) before the body is all sent.
     */
    Response sendChunked(String head, long totalBytes) {
        return exchange(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", totalBytes, 65_536);
    }

    private Response exchange(String head, Long chunkedBytes, int chunkSize) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (chunkedBytes != null) {
                CompletableFuture.runAsync(() -> writeChunks(out, chunkedBytes, chunkSize));
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeChunks(OutputStream out, long totalBytes, int chunkSize) {
        byte[] chunk = "x".repeat(chunkSize).getBytes(StandardCharsets.US_ASCII);
        try {
            for (long sent = 0; sent < totalBytes; sent += chunkSize) {
                int size = (int) Math.min(chunkSize, totalBytes - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before the body was all sent: what a server refusing it may do
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(
                    header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16);
                    size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
