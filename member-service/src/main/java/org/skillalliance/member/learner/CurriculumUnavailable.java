package org.skillalliance.member.learner;

import java.util.List;
import org.skillalliance.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * 503 {@code service-unavailable}: curriculum-service could not give the learner's enrolments, credentials or skill
 * records now, so no export is given at all (never a part of it presented as the whole).
 */
final class CurriculumUnavailable extends ApiException {

    CurriculumUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail, List.of());
    }
}
