package org.skillalliance.curriculum.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.curriculum.enrolment.EnrolmentStatus;
import org.skillalliance.curriculum.enrolment.OutcomeInput;

class HistoryFingerprintTest {

    private static final UUID ORGANISER = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    /**
     * The fingerprint this cohort was given before comments existed (computed by the import as it was then, from the
     * records' own toString): an import stored then must match when sent again.
     */
    private static final String FINGERPRINT_BEFORE_COMMENTS =
            "cfd54c8f01f6a0e1a39ecd0b774a1f21a0a49618878271dcdf893d8a42c3567f";

    @Test
    void aCohortWithoutCommentsKeepsTheFingerprintItWasImportedWith() {
        assertThat(HistoryFingerprint.of(ORGANISER, cohort(null, null))).isEqualTo(FINGERPRINT_BEFORE_COMMENTS);
    }

    @Test
    void aBlankCommentIsNoneAndSpacesAroundACommentDoNotCount() {
        assertThat(HistoryFingerprint.of(ORGANISER, cohort("", " \t "))).isEqualTo(FINGERPRINT_BEFORE_COMMENTS);
        assertThat(HistoryFingerprint.of(ORGANISER, cohort("  Good pace.\n", null)))
                .isEqualTo(HistoryFingerprint.of(ORGANISER, cohort("Good pace.", "")));
    }

    @Test
    void anotherCommentOrAnotherValueIsOtherContent() {
        String withComment = HistoryFingerprint.of(ORGANISER, cohort("Good pace.", null));
        assertThat(withComment).isNotEqualTo(FINGERPRINT_BEFORE_COMMENTS);
        assertThat(HistoryFingerprint.of(ORGANISER, cohort("Good pace!", null))).isNotEqualTo(withComment);
        assertThat(HistoryFingerprint.of(UUID.randomUUID(), cohort(null, null)))
                .isNotEqualTo(FINGERPRINT_BEFORE_COMMENTS);
    }

    private static HistoryImport.PastCohort cohort(String firstComment, String secondComment) {
        return new HistoryImport.PastCohort(
                "spring-2025",
                UUID.fromString("00000000-0000-0000-0000-0000000000c1"),
                null,
                LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 4),
                12,
                4,
                Pricing.PER_SEAT,
                50_000L,
                "EUR",
                List.of(
                        new HistoryImport.PastSeat(
                                UUID.fromString("00000000-0000-0000-0000-000000000051"),
                                UUID.fromString("00000000-0000-0000-0000-0000000000e1"),
                                LocalDate.of(2025, 2, 10),
                                new OutcomeInput(
                                        EnrolmentStatus.COMPLETED,
                                        new BigDecimal("15.50"),
                                        40,
                                        85,
                                        4,
                                        true,
                                        LocalDate.of(2025, 3, 4),
                                        firstComment)),
                        new HistoryImport.PastSeat(
                                UUID.fromString("00000000-0000-0000-0000-0000000000f2"),
                                UUID.fromString("00000000-0000-0000-0000-0000000000e2"),
                                LocalDate.of(2025, 2, 11),
                                new OutcomeInput(
                                        EnrolmentStatus.NO_SHOW,
                                        new BigDecimal("0"),
                                        null,
                                        null,
                                        null,
                                        false,
                                        null,
                                        secondComment))));
    }
}
