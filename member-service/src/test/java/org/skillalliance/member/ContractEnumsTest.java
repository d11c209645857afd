package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * member-service's own enums map to the wire contracts' by name in the publishers ({@code valueOf(name())}): a
 * constant on one side only would fail at publishing time and roll the use case back, so the two lists must match.
 */
class ContractEnumsTest {

    static Stream<Arguments> ownAndWire() {
        return Stream.of(
                Arguments.of(
                        org.skillalliance.member.organisation.OrganisationType.class,
                        org.skillalliance.contracts.member.OrganisationType.class),
                Arguments.of(
                        org.skillalliance.member.organisation.SizeBand.class,
                        org.skillalliance.contracts.member.SizeBand.class),
                Arguments.of(
                        org.skillalliance.member.alliance.AllianceKind.class,
                        org.skillalliance.contracts.member.AllianceKind.class),
                Arguments.of(
                        org.skillalliance.member.membership.MembershipRole.class,
                        org.skillalliance.contracts.member.MembershipRole.class),
                Arguments.of(
                        org.skillalliance.member.membership.MembershipStatus.class,
                        org.skillalliance.contracts.member.MembershipStatus.class),
                Arguments.of(
                        org.skillalliance.member.staff.Gender.class, org.skillalliance.contracts.member.Gender.class),
                Arguments.of(
                        org.skillalliance.member.staff.AgeBand.class,
                        org.skillalliance.contracts.member.AgeBand.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownAndWire")
    void theOwnEnumHasTheWireEnumsConstantsByName(Class<? extends Enum<?>> own, Class<? extends Enum<?>> wire) {
        assertThat(names(own)).containsExactly(names(wire));
    }

    private static String[] names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }
}
