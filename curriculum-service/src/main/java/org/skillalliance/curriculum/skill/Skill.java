package org.skillalliance.curriculum.skill;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * A skill a course can teach.
 *
 * @param code        a local code, or for a skill imported from ESCO its concept URI (then equal to {@code escoUri})
 * @param escoUri     the ESCO skill concept URI ({@code http://data.europa.eu/esco/skill/...}), or null for a local
 *                    skill
 * @param description ESCO's description of an imported skill, or null
 */
@AggregateRoot
public record Skill(UUID id, String code, String name, SkillCategory category, String escoUri, String description) {

    public static final String ESCO_PREFIX = "http://data.europa.eu/esco/skill/";
    /** The longest code (and so the longest ESCO URI an imported skill may have, its code being its URI). */
    public static final int MAX_CODE_LENGTH = 100;
    /** The longest name (an imported skill's preferred label included). */
    public static final int MAX_NAME_LENGTH = 200;

    /** A skill without a description, as the catalogue's curators add them. */
    public Skill(UUID id, String code, String name, SkillCategory category, String escoUri) {
        this(id, code, name, category, escoUri, null);
    }

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        boolean escoCode = code != null && code.equals(escoUri) && code.length() <= MAX_CODE_LENGTH;
        if (code == null || !(escoCode || code.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}"))) {
            throw RuleBroken.invalid(
                    "code",
                    "must be 1 to 100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit (or the"
                            + " skill's own ESCO URI)");
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
