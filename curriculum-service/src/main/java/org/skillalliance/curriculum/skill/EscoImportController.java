package org.skillalliance.curriculum.skill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import org.skillalliance.security.Caller;
import org.skillalliance.web.BodyTooLargeException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "skills", description = "The skill catalogue (ESCO skills or local codes)")
class EscoImportController {

    private final EscoImport escoImport;

    EscoImportController(EscoImport escoImport) {
        this.escoImport = escoImport;
    }

    /** What an import did, by the {@code kind} the request named. */
    record EscoImportResponse(String kind, long read, long inserted, long updated, long unchanged) {
        static EscoImportResponse of(EscoImport.Counts counts) {
            return new EscoImportResponse(
                    counts.kind().parameter(), counts.read(), counts.inserted(), counts.updated(), counts.unchanged());
        }
    }

    @PostMapping(path = "/api/skills/esco-import", consumes = "text/csv")
    @Operation(
            summary = "Import the ESCO download's skills_en.csv or occupations_en.csv (alliance admins)",
            description = "The file as the body (text/csv, UTF-8, header row, RFC 4180 quoting, up to 64 MB), upserted"
                    + " by conceptUri in one transaction: a malformed row is a 400 naming its line (the header is line"
                    + " 1) and field, and nothing is written. Skills are added with their URI as code and the category"
                    + " OTHER; a skill already in the catalogue keeps its code and category and takes ESCO's label and"
                    + " description. Importing the same file again answers inserted 0, updated 0.")
    EscoImportResponse importFile(
            @Parameter(description = "skills (skills_en.csv) or occupations (occupations_en.csv)")
                    @RequestParam(required = false)
                    String kind,
            InputStream body)
            throws BodyTooLargeException {
        return EscoImportResponse.of(escoImport.run(Caller.current(), kind, body));
    }
}
