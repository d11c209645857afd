package org.skillalliance.curriculum.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the service's refusals: RFC 9457 problem+json naming the field to blame and the reason. */
public final class Problems {

    private Problems() {}

    /**
     * The answer is a problem with this status, its text contains {@code reasonPart}, and its first error names
     * {@code field} (not checked where null).
     */
    public static void assertProblem(Api.Response response, int status, String field, String reasonPart) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.raw()).as(response.toString()).contains(reasonPart);
        if (field != null) {
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .as(response.toString())
                    .isEqualTo(field);
        }
    }
}
