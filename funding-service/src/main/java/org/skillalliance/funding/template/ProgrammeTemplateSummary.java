package org.skillalliance.funding.template;

import java.util.List;

/** A template as the list shows it: which scheme, whose, and where its terms come from. */
public record ProgrammeTemplateSummary(
        String key, String name, String country, List<ProgrammeTemplate.Source> sources) {

    static ProgrammeTemplateSummary of(ProgrammeTemplate template) {
        return new ProgrammeTemplateSummary(template.key(), template.name(), template.country(), template.sources());
    }
}
