package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortsInUseTest {

    @Test
    void a_taken_port_is_reported_with_the_part_that_needs_it_and_how_to_choose_another(@TempDir Path work)
            throws IOException {
        PlatformSettings free = PlatformSettings.forTests(work);
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PlatformSettings settings = free.withPort(PortSetting.GATEWAY, squatter.getLocalPort());

            assertThatThrownBy(() -> PortsInUse.requireAllFree(settings))
                    .isInstanceOf(PortsInUse.PortTakenException.class)
                    .hasMessageContaining(
                            "Port " + squatter.getLocalPort() + " is already in use, and the gateway needs it.")
                    .hasMessageContaining("ALLIANCE_GATEWAY_PORT=")
                    .hasMessageContaining("./alliance up --gateway-port=")
                    .hasMessageContaining("./alliance stop");
        }
    }

    @Test
    void the_message_says_exactly_what_to_type() {
        assertThat(PortsInUse.message(PortSetting.KEYCLOAK, 8180, 18180))
                .isEqualTo("Port 8180 is already in use, and"
                        + " Keycloak needs it. Free it, or choose another port: ALLIANCE_KEYCLOAK_PORT=18180 ./alliance up"
                        + " (or ./alliance up --keycloak-port=18180).");
    }

    @Test
    void free_ports_pass(@TempDir Path work) {
        assertThatCode(() -> PortsInUse.requireAllFree(PlatformSettings.forTests(work)))
                .doesNotThrowAnyException();
    }
}
