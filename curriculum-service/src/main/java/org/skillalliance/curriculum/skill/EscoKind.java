package org.skillalliance.curriculum.skill;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.skillalliance.web.ApiException;

/**
 * The two files of the ESCO download this service imports, as {@code ?kind=} names them: what each row's
 * {@code conceptType} must be, where its concept URIs live, and the columns its header must have (every other column of
 * the download is read past: v1.1's and v1.2's files differ in their trailing columns).
 */
public enum EscoKind {
    SKILLS("skills", "KnowledgeSkillCompetence", Skill.ESCO_PREFIX, Skill.MAX_CODE_LENGTH),
    OCCUPATIONS("occupations", "Occupation", "http://data.europa.eu/esco/occupation/", 500);

    static final String CONCEPT_TYPE = "conceptType";
    static final String CONCEPT_URI = "conceptUri";
    static final String PREFERRED_LABEL = "preferredLabel";
    static final String DESCRIPTION = "description";
    static final String ISCO_GROUP = "iscoGroup";
    static final String CODE = "code";
    static final Set<String> REQUIRED_COLUMNS = Set.of(CONCEPT_TYPE, CONCEPT_URI, PREFERRED_LABEL);

    private final String parameter;
    private final String conceptType;
    private final String uriPrefix;
    private final int maxUriLength;

    EscoKind(String parameter, String conceptType, String uriPrefix, int maxUriLength) {
        this.parameter = parameter;
        this.conceptType = conceptType;
        this.uriPrefix = uriPrefix;
        this.maxUriLength = maxUriLength;
    }

    /** The kind {@code ?kind=} names ({@code skills} or {@code occupations}), or a 400 naming {@code kind}. */
    public static EscoKind of(String parameter) {
        return Arrays.stream(values())
                .filter(kind -> kind.parameter.equals(parameter == null ? null : parameter.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new ApiException.InvalidInput("kind", "must be skills or occupations"));
    }

    public String parameter() {
        return parameter;
    }

    String conceptType() {
        return conceptType;
    }

    String uriPrefix() {
        return uriPrefix;
    }

    int maxUriLength() {
        return maxUriLength;
    }
}
