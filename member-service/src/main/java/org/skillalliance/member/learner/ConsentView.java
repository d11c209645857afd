package org.skillalliance.member.learner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.skillalliance.member.consent.ConsentRecord;
import org.skillalliance.member.staff.AgeBand;
import org.skillalliance.member.staff.Gender;

/**
 * A learner's consent to one purpose: where it stands (the staff record's flag), the text they are asked to agree to
 * and its version, and every change so far.
 *
 * @param texts   the current text by language ({@code en}, {@code de})
 * @param history oldest first
 */
public record ConsentView(
        String purpose,
        boolean given,
        Gender gender,
        AgeBand ageBand,
        String textVersion,
        Map<String, String> texts,
        List<Entry> history) {

    /**
     * One change of consent.
     *
     * @param textVersion the version of the text the learner saw; null when the employer's HR recorded it
     * @param recordedBy  {@code LEARNER} or {@code EMPLOYER}
     */
    @Schema(name = "ConsentEntry")
    public record Entry(String purpose, boolean given, String textVersion, String recordedBy, Instant recordedAt) {
        static Entry of(ConsentRecord r) {
            return new Entry(
                    r.purpose().name(),
                    r.given(),
                    r.textVersion(),
                    r.recordedBy().name(),
                    r.recordedAt());
        }
    }
}
