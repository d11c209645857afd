package org.skillalliance.reporting.infrastructure;

import io.swagger.v3.oas.annotations.Operation;
import org.skillalliance.reporting.projection.ProjectionRebuild;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/reports/rebuild}: drops the projections and replays the topics (an operator's tool: admins only). */
@RestController
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/reports/rebuild")
    @Operation(summary = "Rebuild every projection from the event topics")
    ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild(Caller.current());
    }
}
