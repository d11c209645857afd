package org.skillalliance.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.funding.BeneficiaryKind;
import org.skillalliance.contracts.funding.CostSharingRule;
import org.skillalliance.contracts.member.SizeBand;

/**
 * funding-service's own enums and the wire contracts' are mapped by name where events arrive (the facts listeners,
 * the size band the member events carry) and where they leave (the publishers): a constant on one side only would
 * stop a listener or roll a use case back, so each pair must list the same constants in the same order.
 */
class ContractEnumsTest {

    static Stream<Arguments> ownAndWire() {
        return Stream.of(
                Arguments.of(org.skillalliance.funding.shared.SizeBand.class, SizeBand.class),
                Arguments.of(org.skillalliance.funding.facts.CohortStatus.class, CohortStatus.class),
                Arguments.of(org.skillalliance.funding.facts.Pricing.class, Pricing.class),
                Arguments.of(org.skillalliance.funding.facts.EnrolmentOutcome.class, EnrolmentOutcome.class),
                Arguments.of(org.skillalliance.funding.application.BeneficiaryKind.class, BeneficiaryKind.class),
                Arguments.of(org.skillalliance.funding.allocation.CostSharingRule.class, CostSharingRule.class),
                Arguments.of(
                        org.skillalliance.funding.facts.WorkplaceLearningKind.class,
                        org.skillalliance.contracts.curriculum.WorkplaceLearningKind.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownAndWire")
    void ownAndWireEnumsHaveTheSameConstants(Class<? extends Enum<?>> own, Class<? extends Enum<?>> wire) {
        assertThat(constantNames(own)).isEqualTo(constantNames(wire));
    }

    private static List<String> constantNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
