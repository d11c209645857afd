package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillalliance.launcher.FreePorts.EphemeralRange;
import org.skillalliance.launcher.FreePorts.PortRange;

class FreePortsTest {

    @Test
    void portsComeFromOutsideTheEphemeralRangeAndAreNeverHandedOutTwice() {
        PortRange ephemeral = EphemeralRange.ofThisMachine();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.take();
            assertThat(port).isGreaterThanOrEqualTo(FreePorts.LOWEST);
            assertThat(port < ephemeral.low() || port > ephemeral.high())
                    .as("port %d outside %s", port, ephemeral)
                    .isTrue();
            assertThat(FreePorts.isFree(port)).isTrue();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }

    @Test
    void aPortSomeoneListensOnIsNotFree() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(squatter.getLocalPort())).isFalse();
        }
    }

    @Test
    void theCandidatesLieBelowTheEphemeralRangeOrAboveItWhereBelowIsTooSmall() {
        assertThat(FreePorts.candidates(EphemeralRange.parse("32768\t60999\n")))
                .isEqualTo(new PortRange(FreePorts.LOWEST, 32767));
        assertThat(FreePorts.candidates(EphemeralRange.parse("16000 50000"))).isEqualTo(new PortRange(50001, 65535));
        assertThat(FreePorts.candidates(EphemeralRange.parse("1024 65535")))
                .isEqualTo(new PortRange(FreePorts.LOWEST, 65535));
    }
}
