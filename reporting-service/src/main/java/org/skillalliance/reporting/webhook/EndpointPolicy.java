package org.skillalliance.reporting.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which URLs a webhook may be sent to: absolute {@code https} URLs (also {@code http} where allowed) whose host
 * resolves only to public addresses, so that no subscription can make this service call into the platform's own
 * network (SSRF). Every address the host resolves to is checked, not the first: a name with one public and one
 * private address is refused. Checked when subscribing and again before every attempt, since a name may resolve
 * elsewhere later.
 */
final class EndpointPolicy {

    private final boolean allowHttp;
    private final boolean allowPrivateAddresses;
    private final Function<String, InetAddress[]> resolver;

    EndpointPolicy(boolean allowHttp, boolean allowPrivateAddresses) {
        this(allowHttp, allowPrivateAddresses, EndpointPolicy::resolve);
    }

    EndpointPolicy(boolean allowHttp, boolean allowPrivateAddresses, Function<String, InetAddress[]> resolver) {
        this.allowHttp = allowHttp;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /**
     * The URL as it will be called.
     *
     * @throws Refused naming the reason, when the URL may not be called
     */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException notAUri) {
            throw new Refused("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Refused("must be an absolute https URL with a host");
        }
        if (scheme.equals("http") && !allowHttp) {
            throw new Refused("must use https");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not carry a fragment");
        }
        if (!allowPrivateAddresses) {
            String host = uri.getHost();
            InetAddress[] addresses = resolver.apply(
                    host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
            if (addresses.length == 0) {
                throw new Refused("host " + host + " does not resolve");
            }
            for (InetAddress address : addresses) {
                String kind = nonPublic(address);
                if (kind != null) {
                    throw new Refused("host " + host + " resolves to " + address.getHostAddress() + ", a " + kind
                            + " address, which webhooks may not call");
                }
            }
        }
        return uri;
    }

    /** What kind of non-public address it is, or null for a public one. */
    static String nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "wildcard";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            return null;
        }
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return "this-network";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "shared (carrier-grade NAT)";
            }
            if (address.getHostAddress().equals("255.255.255.255")) {
                return "broadcast";
            }
        }
        return null;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return new InetAddress[0];
        }
    }

    /** The URL may not be called; the message says why. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }
}
