package org.skillalliance.member.roster;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/rosters/{cohortId}}: the names of the people in one of the caller's cohorts. */
@RestController
@RequestMapping("/api/rosters")
class RosterController {

    private final RosterManagement management;

    RosterController(RosterManagement management) {
        this.management = management;
    }

    @GetMapping("/{cohortId}")
    @Operation(summary = "The people holding seats in a cohort, by last name and first name (its provider only)")
    List<RosterEntry> roster(@PathVariable UUID cohortId) {
        return management.roster(Caller.current(), cohortId);
    }
}
