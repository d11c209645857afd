package org.skillalliance.funding.template;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.funding.programme.GrantProgramme;
import org.skillalliance.funding.programme.ProgrammeManagement;
import org.skillalliance.funding.programme.ProgrammeRequest;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programme templates shipped in {@code programme-templates/*.json}, read and checked once when the service
 * starts: a template that does not parse strictly (unknown fields refused) or whose terms a programme request would
 * be refused for stops the start, naming the file and every violation.
 */
@Service
public class ProgrammeTemplates {

    static final String LOCATION = "classpath:programme-templates/*.json";

    /** The funder, budget and period a template's terms are checked with: any valid values would do. */
    private static final UUID ANY_FUNDER = new UUID(0, 0);

    private static final LocalDate ANY_DAY = LocalDate.of(2026, 1, 1);

    private final Map<String, ProgrammeTemplate> templates;
    private final ProgrammeManagement programmes;
    private final Validator validator;

    ProgrammeTemplates(JsonMapper json, Validator validator, ProgrammeManagement programmes) {
        this.templates = load(json, validator);
        this.programmes = programmes;
        this.validator = validator;
    }

    /** Every template, by key. */
    public List<ProgrammeTemplate> list() {
        return List.copyOf(templates.values());
    }

    /** @throws ApiException.NotFound when no template has the key */
    public ProgrammeTemplate get(String key) {
        return Optional.ofNullable(templates.get(key))
                .orElseThrow(() -> new ApiException.NotFound("programme template", key));
    }

    /**
     * A funder drafts a programme with a template's terms, through {@link ProgrammeManagement#draft}: the same
     * validation and the same rights (a funder for its own organisation).
     *
     * @throws ApiException.Forbidden unless the caller is a funder (or an admin); for another organisation as draft says
     * @throws ApiException.NotFound  when no template has the key
     * @throws RuleBroken             for a currency other than the template's, and whatever draft refuses
     */
    public GrantProgramme draft(Caller caller, DraftFromTemplateRequest request) {
        caller.requireAnyRole("draft programmes", Role.FUNDER);
        ProgrammeTemplate template = get(request.templateKey());
        String currency = template.programme().currency();
        if (request.currency() != null && !request.currency().equals(currency)) {
            throw RuleBroken.rule(
                    "currency",
                    "'" + request.currency() + "' is not the template's currency " + currency
                            + ": its amounts are in minor units of " + currency + "; leave currency out or give "
                            + currency);
        }
        ProgrammeRequest programme = template.request(
                request.funderId(),
                request.name() == null ? template.name() : request.name(),
                request.budgetMinor(),
                request.periodStart(),
                request.periodEnd());
        List<FieldViolation> violations = violations(validator, programme);
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        return programmes.draft(caller, programme);
    }

    /** Reads and checks every template on the classpath, ordered by key. */
    static Map<String, ProgrammeTemplate> load(JsonMapper json, Validator validator) {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("programme templates cannot be listed at " + LOCATION, e);
        }
        Map<String, ProgrammeTemplate> byKey = new LinkedHashMap<>();
        List.of(files).stream()
                .sorted(Comparator.comparing(Resource::getFilename))
                .forEach(file -> {
                    String name = Objects.requireNonNull(file.getFilename());
                    try (InputStream in = file.getInputStream()) {
                        ProgrammeTemplate template = read(name, in, json, validator);
                        byKey.put(template.key(), template);
                    } catch (IOException e) {
                        throw new UncheckedIOException("programme template " + name + " cannot be read", e);
                    }
                });
        return byKey;
    }

    /**
     * Parses one template file strictly and checks it: the template's own fields, its key against the file name, and
     * its terms with the validation of a programme request (the annotations, then {@link
     * ProgrammeManagement#checkTerms}).
     *
     * @throws IllegalStateException naming the file and every violation
     */
    static ProgrammeTemplate read(String fileName, InputStream in, JsonMapper json, Validator validator) {
        ProgrammeTemplate template;
        try {
            template = json.readerFor(ProgrammeTemplate.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "programme template " + fileName + " does not parse: " + e.getOriginalMessage(), e);
        }
        List<FieldViolation> violations = new ArrayList<>(violations(validator, template));
        if (violations.isEmpty()) {
            if (!fileName.equals(template.key() + ".json")) {
                violations.add(new FieldViolation("key", "'" + template.key() + "' is not the file's name"));
            }
            ProgrammeRequest request = template.request(ANY_FUNDER, template.name(), 0, ANY_DAY, ANY_DAY);
            List<FieldViolation> terms = violations(validator, request);
            if (terms.isEmpty()) {
                try {
                    ProgrammeManagement.checkTerms(request);
                } catch (RuleBroken refused) {
                    terms = refused.violations();
                }
            }
            terms.forEach(v -> violations.add(new FieldViolation("programme." + v.field(), v.reason())));
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException("programme template " + fileName + " is not valid: "
                    + String.join(
                            "; ",
                            violations.stream()
                                    .map(v -> v.field() + ": " + v.reason())
                                    .toList()));
        }
        return template;
    }

    private static <T> List<FieldViolation> violations(Validator validator, T object) {
        Set<ConstraintViolation<T>> found = validator.validate(object);
        return found.stream()
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
    }
}
