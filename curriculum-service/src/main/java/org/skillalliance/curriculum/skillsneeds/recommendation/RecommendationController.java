package org.skillalliance.curriculum.skillsneeds.recommendation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skills/recommendations")
@Tag(
        name = "course recommendations",
        description = "Published courses with open cohorts that close the largest skill"
                + " gaps per training hour, with the expected net cost after grants")
class RecommendationController {

    private final RecommendationManagement recommendations;

    RecommendationController(RecommendationManagement recommendations) {
        this.recommendations = recommendations;
    }

    record CohortRef(UUID id, LocalDate startDate, LocalDate endDate, LocalDate enrolmentCloses) {
        static CohortRef of(Cohort c) {
            return new CohortRef(c.id(), c.startDate(), c.endDate(), c.enrolmentCloses());
        }
    }

    record StaffItem(
            int rank,
            UUID courseId,
            String courseCode,
            String title,
            BigDecimal hours,
            int gapClosed,
            BigDecimal gapClosedPerHour,
            List<SkillClosure> closes,
            CohortRef cohort,
            RecommendationCost cost) {}

    record StaffRecommendationsResponse(
            UUID staffId,
            UUID employerId,
            UUID allianceId,
            int totalGap,
            int candidates,
            boolean fundingAnswered,
            List<StaffItem> items) {}

    record StaffHelped(UUID staffId, int gapClosed, List<SkillClosure> closes) {}

    record TeamItem(
            int rank,
            UUID courseId,
            String courseCode,
            String title,
            BigDecimal hours,
            int staffHelped,
            BigDecimal trainingHours,
            int gapClosed,
            BigDecimal gapClosedPerHour,
            List<StaffHelped> staff,
            CohortRef cohort,
            RecommendationCost cost) {}

    record TeamRecommendationsResponse(
            UUID employerId,
            UUID allianceId,
            int staffCovered,
            int totalGap,
            int candidates,
            boolean fundingAnswered,
            List<TeamItem> items) {}

    @GetMapping("/staff/{staffId}")
    @Operation(
            summary = "Courses for a staff member: open cohorts that close the largest gaps per course hour, with"
                    + " the net cost after grants (without grants when funding-service does not answer)")
    StaffRecommendationsResponse forStaff(
            @PathVariable UUID staffId,
            @RequestParam UUID allianceId,
            @RequestParam(required = false) Integer limit,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        RecommendationManagement.Recommendations r =
                recommendations.forStaff(Caller.current(), token.getTokenValue(), staffId, allianceId, limit);
        List<StaffItem> items = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            Recommendation rec = r.items().get(i).recommendation();
            Course course = rec.offer().course();
            items.add(new StaffItem(
                    i + 1,
                    course.id(),
                    course.definition().code(),
                    course.definition().title(),
                    course.definition().hours(),
                    rec.gapClosed(),
                    rec.gapClosedPerHour(),
                    rec.closesByStaff().getOrDefault(staffId, List.of()),
                    CohortRef.of(rec.offer().cohort()),
                    r.items().get(i).cost()));
        }
        return new StaffRecommendationsResponse(
                staffId,
                r.employerId(),
                allianceId,
                r.staff().getFirst().totalGap(),
                r.candidates(),
                r.fundingAnswered(),
                items);
    }

    @GetMapping("/employers/{employerId}")
    @Operation(
            summary = "Courses for an employer's team: gap closed per training hour (course hours x staff helped),"
                    + " with the net cost of their seats")
    TeamRecommendationsResponse forEmployer(
            @PathVariable UUID employerId,
            @RequestParam UUID allianceId,
            @RequestParam(required = false) Integer limit,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        RecommendationManagement.Recommendations r =
                recommendations.forEmployer(Caller.current(), token.getTokenValue(), employerId, allianceId, limit);
        List<TeamItem> items = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            Recommendation rec = r.items().get(i).recommendation();
            Course course = rec.offer().course();
            List<StaffHelped> helped = new ArrayList<>();
            for (Map.Entry<UUID, List<SkillClosure>> e : rec.closesByStaff().entrySet()) {
                helped.add(new StaffHelped(e.getKey(), SkillClosure.total(e.getValue()), e.getValue()));
            }
            helped.sort(java.util.Comparator.comparingInt(StaffHelped::gapClosed)
                    .reversed()
                    .thenComparing(h -> h.staffId().toString()));
            items.add(new TeamItem(
                    i + 1,
                    course.id(),
                    course.definition().code(),
                    course.definition().title(),
                    course.definition().hours(),
                    rec.staffHelped(),
                    rec.trainingHours(),
                    rec.gapClosed(),
                    rec.gapClosedPerHour(),
                    helped,
                    CohortRef.of(rec.offer().cohort()),
                    r.items().get(i).cost()));
        }
        int totalGap = r.staff().stream()
                .mapToInt(org.skillalliance.curriculum.skillsneeds.gap.StaffGaps::totalGap)
                .sum();
        return new TeamRecommendationsResponse(
                employerId, allianceId, r.staff().size(), totalGap, r.candidates(), r.fundingAnswered(), items);
    }
}
