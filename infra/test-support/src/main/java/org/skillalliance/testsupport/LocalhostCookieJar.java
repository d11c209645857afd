package org.skillalliance.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A browser's cookie jar for an HTTP client in tests: Keycloak marks its login cookies {@code Secure}, and browsers
 * send those to {@code http://localhost} since they treat it as a secure context. Java's own {@link CookieManager}
 * never sends a secure cookie over plain HTTP, so Keycloak would see every request of a sign-in as a new browser;
 * this jar asks it for localhost's cookies as if the address were https.
 */
public final class LocalhostCookieJar extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        return cookies.get(local ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(uri, responseHeaders);
    }

    /** The cookies kept so far. */
    public CookieStore store() {
        return cookies.getCookieStore();
    }
}
