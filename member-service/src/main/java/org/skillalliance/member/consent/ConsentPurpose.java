package org.skillalliance.member.consent;

import java.util.Map;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a person consents to, with the text they are shown and its version. A new wording gets a new version (the
 * month it takes effect, {@code YYYY-MM}); the history keeps which version each consent was given to, so a text is
 * changed only together with its version.
 */
@ValueObject
public enum ConsentPurpose {

    /**
     * Outcome reporting: the staff member's training outcomes count in the alliance's and funders' reports together
     * with their gender and age band (DESIGN section 2: events carry equity fields only with this consent).
     */
    OUTCOME_REPORTING(
            "2026-12",
            Map.of(
                    "en",
                            "I agree that my training outcomes (attendance, completion, credentials, skill gains) are counted in "
                                    + "the reports of my skill alliance and its funders together with my gender and age band, if I "
                                    + "give them. The reports never show my name, and groups of fewer than five people are hidden. "
                                    + "I can withdraw this consent at any time; from then on my gender and age band are no longer "
                                    + "passed on.",
                    "de",
                            "Ich bin einverstanden, dass meine Weiterbildungsergebnisse (Teilnahme, Abschluss, Nachweise, "
                                    + "Kompetenzzuwachs) zusammen mit meinem Geschlecht und meiner Altersgruppe, sofern ich sie "
                                    + "angebe, in die Berichte meines Qualifizierungsverbunds und seiner Förderer eingehen. Die "
                                    + "Berichte zeigen nie meinen Namen, und Gruppen mit weniger als fünf Personen werden "
                                    + "ausgeblendet. Ich kann diese Einwilligung jederzeit widerrufen; danach werden mein Geschlecht "
                                    + "und meine Altersgruppe nicht mehr weitergegeben."));

    private final String currentVersion;
    private final Map<String, String> texts;

    ConsentPurpose(String currentVersion, Map<String, String> texts) {
        this.currentVersion = currentVersion;
        this.texts = texts;
    }

    /** The version of the text a person is shown now, and must name when they give consent. */
    public String currentVersion() {
        return currentVersion;
    }

    /** The current text by language code ({@code en}, {@code de}). */
    public Map<String, String> texts() {
        return texts;
    }

    public static Optional<ConsentPurpose> ofName(String name) {
        for (ConsentPurpose purpose : values()) {
            if (purpose.name().equals(name)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
