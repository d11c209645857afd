package org.skillalliance.curriculum.skill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.skillalliance.web.SearchText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "occupations", description = "ESCO occupations imported from the ESCO download")
class OccupationController {

    private final OccupationDirectory directory;

    OccupationController(OccupationDirectory directory) {
        this.directory = directory;
    }

    record OccupationResponse(String uri, String code, String iscoGroup, String label) {
        static OccupationResponse of(Occupation occupation) {
            return new OccupationResponse(
                    occupation.uri(), occupation.code(), occupation.iscoGroup(), occupation.label());
        }
    }

    @GetMapping("/api/occupations")
    @Operation(
            summary = "ESCO occupations by label, optionally containing a text in label or code, or of an ISCO group")
    PageResponse<OccupationResponse> list(
            @Parameter(
                            description =
                                    "A text that the occupation's label or ESCO code contains, or its ISCO-08 unit"
                                            + " group: " + SearchText.RULES)
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return directory
                .list(Caller.current(), SearchText.of(q), PageQuery.of(page, size))
                .map(OccupationResponse::of);
    }
}
