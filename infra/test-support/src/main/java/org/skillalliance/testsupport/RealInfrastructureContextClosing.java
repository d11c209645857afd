package org.skillalliance.testsupport;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Closes the application context of a {@link RealInfrastructure} class that has one of its own after the class, as
 * {@code @DirtiesContext(classMode = AFTER_CLASS)} would, and keeps a shared one ({@code shareContext = true}) in
 * Spring's context cache for the next sharing class. Registered in {@code META-INF/spring.factories}.
 */
public final class RealInfrastructureContextClosing implements TestExecutionListener, Ordered {

    @Override
    public void afterTestClass(TestContext testContext) {
        if (hasContextOfItsOwn(testContext.getTestClass())) {
            testContext.markApplicationContextDirty(DirtiesContext.HierarchyMode.EXHAUSTIVE);
        }
    }

    /** Whether the class is a {@link RealInfrastructure} class that does not share its context. */
    static boolean hasContextOfItsOwn(Class<?> testClass) {
        MergedAnnotation<RealInfrastructure> annotation = MergedAnnotations.from(
                        testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(RealInfrastructure.class);
        return annotation.isPresent() && !annotation.getBoolean("shareContext");
    }

    /** Where Spring's {@code DirtiesContextTestExecutionListener} stands, which closed these contexts before. */
    @Override
    public int getOrder() {
        return 3000;
    }
}
