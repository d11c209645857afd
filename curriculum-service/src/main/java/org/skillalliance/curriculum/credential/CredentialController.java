package org.skillalliance.curriculum.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "credentials", description = "Open Badges 3.0 credentials of completed enrolments")
class CredentialController {

    private final Credentials credentials;

    CredentialController(Credentials credentials) {
        this.credentials = credentials;
    }

    @GetMapping(
            path = "/api/enrolments/{id}/credential",
            produces = {"application/json", "application/ld+json"})
    @Operation(
            summary = "The OpenBadgeCredential (Open Badges 3.0) of a completed enrolment with its credential awarded")
    Map<String, Object> credential(@PathVariable UUID id) {
        return credentials.openBadgeOf(Caller.current(), id);
    }
}
