package org.skillalliance.web;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Under {@code skillalliance.web.body-limit}: how large a request body may be (docs/api.md).
 *
 * @param maxBytes    every request body's limit but the uploads' (1 MB)
 * @param uploads     larger limits for the upload paths, by exact path ({@code "[/api/staff/import]": 2MB}); a
 *                    service's multipart limits should not exceed its path's limit here
 * @param swallow     how much of a refused body Tomcat still reads and discards so that the client, still sending,
 *                    receives the 413 instead of a reset connection (at least 16 MB; a larger
 *                    {@code server.tomcat.max-swallow-size} is kept)
 */
@ConfigurationProperties("skillalliance.web.body-limit")
public record BodyLimitProperties(DataSize maxBytes, Map<String, DataSize> uploads, DataSize swallow) {

    public BodyLimitProperties {
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(1) : maxBytes;
        uploads = uploads == null ? Map.of() : Map.copyOf(uploads);
        swallow = swallow == null ? DataSize.ofMegabytes(16) : swallow;
    }

    /** The limit of a request to {@code path} (the path within the application, decoded and normalised). */
    long limitFor(String path) {
        DataSize upload = uploads.get(path);
        return (upload == null ? maxBytes : upload).toBytes();
    }
}
