package org.skillalliance.curriculum.skill;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * A skill a course can teach.
 *
 * @param escoUri the ESCO skill concept URI ({@code http://data.europa.eu/esco/skill/...}), or null for a local skill
 */
@AggregateRoot
public record Skill(UUID id, String code, String name, SkillCategory category, String escoUri) {

    public static final String ESCO_PREFIX = "http://data.europa.eu/esco/skill/";

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
            throw RuleBroken.invalid(
                    "code", "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank()) {
            throw RuleBroken.invalid("name", "must not be blank");
        }
        if (escoUri != null && !isEscoSkillUri(escoUri)) {
            throw RuleBroken.invalid("escoUri", "must be an ESCO skill URI starting with " + ESCO_PREFIX);
        }
    }

    /** The code that identifies the skill across services: its ESCO URI where it has one, else its local code. */
    public String referenceCode() {
        return escoUri != null ? escoUri : code;
    }

    static boolean isEscoSkillUri(String value) {
        if (!value.startsWith(ESCO_PREFIX) || value.length() == ESCO_PREFIX.length()) {
            return false;
        }
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
