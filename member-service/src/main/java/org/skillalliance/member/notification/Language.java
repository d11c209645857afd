package org.skillalliance.member.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** The languages messages are written in. A person without a choice gets their employer's country's, else English. */
@ValueObject
public enum Language {
    EN("en", Locale.ENGLISH),
    DE("de", Locale.GERMAN);

    /** Countries (ISO 3166-1 alpha-2) whose people get German unless they choose otherwise. */
    private static final Set<String> GERMAN_SPEAKING = Set.of("DE", "AT", "CH", "LI", "LU");

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst();
    }

    /** The language chosen, else the one of the country, else English. */
    static Language of(String chosen, String country) {
        return ofCode(chosen).orElse(country != null && GERMAN_SPEAKING.contains(country) ? DE : EN);
    }
}
