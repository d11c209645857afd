package org.skillalliance.reporting.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which endpoints a webhook may call, with production settings and with the local ones. */
class EndpointPolicyTest {

    /** Names as a DNS server would answer them, without asking one. */
    private static final Map<String, String[]> NAMES = Map.of(
            "hooks.funder.example", new String[] {"93.184.216.34"},
            "internal.funder.example", new String[] {"10.1.2.3"},
            "mixed.funder.example", new String[] {"93.184.216.34", "192.168.0.7"},
            "v6.funder.example", new String[] {"2606:2800:220:1:248:1893:25c8:1946"},
            "ula.funder.example", new String[] {"fd12:3456::1"});

    private final EndpointPolicy production = new EndpointPolicy(false, false, EndpointPolicyTest::resolve);
    private final EndpointPolicy local = new EndpointPolicy(true, true, EndpointPolicyTest::resolve);

    @Test
    void anHttpsUrlOfAPublicHostIsAccepted() {
        assertThat(production.check("https://hooks.funder.example/skill-alliance?x=1"))
                .hasHost("hooks.funder.example");
        assertThat(production.check("https://v6.funder.example:8443/hooks")).hasPort(8443);
        assertThat(production.check("https://93.184.216.34/hooks")).hasHost("93.184.216.34");
    }

    @Test
    void httpIsRefusedInProductionSettings() {
        assertThatThrownBy(() -> production.check("http://hooks.funder.example/hooks"))
                .isInstanceOf(EndpointPolicy.Refused.class)
                .hasMessage("must use https");
    }

    @ParameterizedTest
    @CsvSource({
        "https://127.0.0.1/hooks, '127.0.0.1, a loopback'",
        "https://[::1]/hooks, 'a loopback'",
        "https://10.0.0.8/hooks, '10.0.0.8, a private'",
        "https://172.16.4.4/hooks, 'a private'",
        "https://192.168.1.1/hooks, 'a private'",
        "https://169.254.169.254/latest/meta-data, '169.254.169.254, a link-local'",
        "https://[fe80::1]/hooks, 'a link-local'",
        "https://[fd00::1]/hooks, 'a unique-local'",
        "https://224.0.0.1/hooks, 'a multicast'",
        "https://[ff02::1]/hooks, 'a multicast'",
        "https://0.0.0.0/hooks, 'a wildcard'",
        "https://100.64.0.1/hooks, 'a shared (carrier-grade NAT)'",
        "https://internal.funder.example/hooks, 'internal.funder.example resolves to 10.1.2.3, a private'",
        "https://ula.funder.example/hooks, 'a unique-local'",
        "https://mixed.funder.example/hooks, 'resolves to 192.168.0.7, a private'"
    })
    void aHostResolvingToANonPublicAddressIsRefused(String url, String reason) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOf(EndpointPolicy.Refused.class)
                .hasMessageContaining(reason)
                .hasMessageEndingWith("address, which webhooks may not call");
    }

    @ParameterizedTest
    @CsvSource({
        "not a url, is not a URL",
        "/relative/path, must be an absolute https URL with a host",
        "ftp://hooks.funder.example/x, must be an absolute https URL with a host",
        "https://user:secret@hooks.funder.example/x, must not carry a user name or password",
        "https://hooks.funder.example/x#part, must not carry a fragment",
        "https://nowhere.funder.example/x, host nowhere.funder.example does not resolve"
    })
    void whatIsNoCallableUrlIsRefused(String url, String reason) {
        assertThatThrownBy(() -> production.check(url))
                .isInstanceOf(EndpointPolicy.Refused.class)
                .hasMessage(reason);
    }

    @Test
    void localSettingsAllowHttpAndLoopback() {
        assertThat(local.check("http://127.0.0.1:8999/hooks")).hasPort(8999);
        assertThat(local.check("http://localhost/hooks")).hasHost("localhost");
    }

    private static InetAddress[] resolve(String host) {
        String[] addresses = NAMES.getOrDefault(host, isLiteral(host) ? new String[] {host} : new String[0]);
        return Arrays.stream(addresses).map(EndpointPolicyTest::literal).toArray(InetAddress[]::new);
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException notALiteral) {
            throw new IllegalArgumentException(address, notALiteral);
        }
    }
}
