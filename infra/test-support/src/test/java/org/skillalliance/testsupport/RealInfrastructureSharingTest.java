package org.skillalliance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

/**
 * Which {@link RealInfrastructure} classes Spring's context cache lets share a context: the cache key holds the
 * customizer, so equal customizers mean one context (and one database), and a context of a class's own is closed
 * after it.
 */
class RealInfrastructureSharingTest {

    @RealInfrastructure(keycloak = true)
    static class OwnA {}

    @RealInfrastructure(keycloak = true)
    static class OwnB {}

    @RealInfrastructure(keycloak = true, shareContext = true)
    static class SharingA {}

    @RealInfrastructure(keycloak = true, shareContext = true)
    static class SharingB {}

    @RealInfrastructure(shareContext = true)
    static class SharingWithoutKeycloak {}

    static class SharingBySuperclass extends SharingA {}

    static class Plain {}

    @Test
    void sharingClassesOfTheSameSettingsGetOneContext() {
        assertThat(customizer(SharingA.class))
                .isEqualTo(customizer(SharingB.class))
                .isEqualTo(customizer(SharingBySuperclass.class))
                .hasSameHashCodeAs(customizer(SharingB.class));
        assertThat(customizer(SharingA.class)).isNotEqualTo(customizer(SharingWithoutKeycloak.class));
    }

    @Test
    void aClassOfItsOwnSharesWithNoOther() {
        assertThat(customizer(OwnA.class))
                .isEqualTo(customizer(OwnA.class))
                .isNotEqualTo(customizer(OwnB.class))
                .isNotEqualTo(customizer(SharingA.class));
        assertThat(customizer(Plain.class)).isNull();
    }

    @Test
    void onlyAContextOfAClassesOwnIsClosedAfterIt() {
        assertThat(RealInfrastructureContextClosing.hasContextOfItsOwn(OwnA.class))
                .isTrue();
        assertThat(RealInfrastructureContextClosing.hasContextOfItsOwn(SharingA.class))
                .isFalse();
        assertThat(RealInfrastructureContextClosing.hasContextOfItsOwn(SharingBySuperclass.class))
                .isFalse();
        assertThat(RealInfrastructureContextClosing.hasContextOfItsOwn(Plain.class))
                .isFalse();
    }

    private static ContextCustomizer customizer(Class<?> testClass) {
        return new RealInfrastructureContextCustomizerFactory().createContextCustomizer(testClass, List.of());
    }
}
