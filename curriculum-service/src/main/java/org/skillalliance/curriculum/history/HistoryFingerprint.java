package org.skillalliance.curriculum.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.curriculum.enrolment.OutcomeInput;

/**
 * The fingerprint of one past cohort of an import: SHA-256 of a canonical text of the organiser and every value the
 * cohort was sent with, so that the same cohort sent again is UNCHANGED and other content under its key a conflict.
 *
 * <p>The text is spelled out value by value, in the form the records' own {@code toString} gave when the first
 * cohorts were imported, so their stored fingerprints still match. Values are taken as the import keeps them: a seat's
 * comment trimmed, and named only where one remains (absent, null and blank are all none), so a cohort imported
 * before comments existed, or sent again with a blank comment or other spaces around one, still matches.
 */
final class HistoryFingerprint {

    private HistoryFingerprint() {}

    /** The fingerprint (64 hex digits) of the cohort as imported by the organiser. */
    static String of(UUID organiserId, HistoryImport.PastCohort cohort) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text(organiserId, cohort).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The canonical text the fingerprint is taken of. */
    static String text(UUID organiserId, HistoryImport.PastCohort c) {
        return organiserId + "|PastCohort[importKey=" + c.importKey() + ", courseId=" + c.courseId() + ", providerId="
                + c.providerId() + ", startDate=" + c.startDate() + ", endDate=" + c.endDate() + ", capacity="
                + c.capacity() + ", seatQuotaPerEmployer=" + c.seatQuotaPerEmployer() + ", pricing=" + c.pricing()
                + ", costMinor=" + c.costMinor() + ", currency=" + c.currency() + ", seats="
                + c.seats().stream().map(HistoryFingerprint::seat).collect(Collectors.joining(", ", "[", "]"))
                + "]";
    }

    private static String seat(HistoryImport.PastSeat s) {
        return "PastSeat[staffId=" + s.staffId() + ", employerId=" + s.employerId() + ", enrolledOn=" + s.enrolledOn()
                + ", outcome=" + outcome(s.outcome()) + "]";
    }

    private static String outcome(OutcomeInput o) {
        String comment = o.normalisedComment();
        return "OutcomeInput[result=" + o.result() + ", attendedHours=" + o.attendedHours() + ", preScore="
                + o.preScore() + ", postScore=" + o.postScore() + ", satisfaction=" + o.satisfaction()
                + ", credentialAwarded=" + o.credentialAwarded() + ", completedOn=" + o.completedOn()
                + (comment == null ? "" : ", comment=" + comment) + "]";
    }
}
