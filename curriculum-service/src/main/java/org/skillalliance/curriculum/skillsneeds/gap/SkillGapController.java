package org.skillalliance.curriculum.skillsneeds.gap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.skillalliance.curriculum.skill.SkillCategory;
import org.skillalliance.curriculum.skillsneeds.profile.Isco08;
import org.skillalliance.curriculum.skillsneeds.profile.ResolvedProfile;
import org.skillalliance.curriculum.skillsneeds.profile.SkillProfile;
import org.skillalliance.curriculum.skillsneeds.skillrecord.SkillSource;
import org.skillalliance.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/skills/gaps")
@Tag(
        name = "skill gaps",
        description = "Gap analysis: per staff member, per employer, and the alliance's anonymised"
                + " gap map with small cells suppressed")
class SkillGapController {

    private final SkillGapManagement gaps;

    SkillGapController(SkillGapManagement gaps) {
        this.gaps = gaps;
    }

    /** The profile that applies, as a reference. */
    record ProfileRef(UUID id, String name, String scope, String jobRoleIsco, UUID basedOn, boolean followsStandard) {
        static ProfileRef of(ResolvedProfile resolved) {
            if (resolved == null) {
                return null;
            }
            SkillProfile p = resolved.profile();
            return new ProfileRef(
                    p.id(),
                    p.name(),
                    p.isStandard() ? "STANDARD" : "EMPLOYER",
                    p.jobRoleIsco(),
                    p.basedOn(),
                    p.followsStandard());
        }
    }

    record SkillGapResponse(
            UUID skillId,
            String skillCode,
            String skillName,
            SkillCategory category,
            int targetLevel,
            int currentLevel,
            SkillSource source,
            LocalDate assessedOn,
            int gap) {
        static SkillGapResponse of(SkillGap g) {
            return new SkillGapResponse(
                    g.skillId(),
                    g.skillCode(),
                    g.skillName(),
                    g.category(),
                    g.targetLevel(),
                    g.currentLevel(),
                    g.source(),
                    g.assessedOn(),
                    g.gap());
        }
    }

    record StaffGapsResponse(
            UUID staffId,
            UUID employerId,
            UUID allianceId,
            String jobRoleIsco,
            String jobRoleTitle,
            ProfileRef profile,
            String note,
            int totalGap,
            List<SkillGapResponse> skills) {}

    record SkillTallyResponse(
            int rank,
            UUID skillId,
            String skillCode,
            String skillName,
            SkillCategory category,
            int staffRequiring,
            int staffBelowTarget,
            int totalGap,
            int highestTargetLevel) {}

    record StaffSummary(UUID staffId, String jobRoleIsco, UUID profileId, int skillsBelowTarget, int totalGap) {}

    record EmployerGapsResponse(
            UUID employerId,
            UUID allianceId,
            int staffCovered,
            int staffWithoutProfile,
            List<SkillTallyResponse> skills,
            List<StaffSummary> staff) {}

    record MapRowResponse(
            UUID skillId,
            String skillCode,
            String skillName,
            SkillCategory category,
            Integer staffBelowTarget,
            Integer totalGap,
            boolean suppressed,
            int highestTargetLevel,
            int coursesTeaching,
            Integer highestCourseLevel,
            int coursesWithOpenCohort,
            boolean missingCourse,
            List<GapMap.Cell> bySizeBand) {}

    record GapMapResponse(
            UUID allianceId,
            LocalDate asOf,
            int k,
            GapMap.Count staffCovered,
            GapMap.Count staffWithProfile,
            GapMap.Count staffWithoutProfile,
            List<MapRowResponse> skills) {}

    @GetMapping("/staff/{staffId}")
    @Operation(summary = "A staff member's gaps in an alliance: each required skill with target and current level")
    StaffGapsResponse staff(@PathVariable UUID staffId, @RequestParam UUID allianceId) {
        StaffGaps s = gaps.staffGaps(Caller.current(), staffId, allianceId);
        String note = s.hasProfile()
                ? null
                : s.jobRoleIsco() == null
                        ? "the staff member has no job role (ISCO-08) on record, so no skill profile applies"
                        : "no skill profile of the alliance or the employer covers job role " + s.jobRoleIsco();
        return new StaffGapsResponse(
                s.staffId(),
                s.employerId(),
                allianceId,
                s.jobRoleIsco(),
                Isco08.title(s.jobRoleIsco()).orElse(null),
                ProfileRef.of(s.profile()),
                note,
                s.totalGap(),
                s.gaps().stream().map(SkillGapResponse::of).toList());
    }

    @GetMapping("/employers/{employerId}")
    @Operation(summary = "An employer's gaps in an alliance: skills ranked by staff below target, then total gap")
    EmployerGapsResponse employer(@PathVariable UUID employerId, @RequestParam UUID allianceId) {
        EmployerGaps e = gaps.employerGaps(Caller.current(), employerId, allianceId);
        List<SkillTally> ranked = e.skills();
        List<SkillTallyResponse> skills = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            SkillTally t = ranked.get(i);
            skills.add(new SkillTallyResponse(
                    i + 1,
                    t.skillId(),
                    t.skillCode(),
                    t.skillName(),
                    t.category(),
                    t.staffRequiring(),
                    t.staffBelowTarget(),
                    t.totalGap(),
                    t.highestTargetLevel()));
        }
        List<StaffSummary> staff = e.staff().stream()
                .map(s -> new StaffSummary(
                        s.staffId(),
                        s.jobRoleIsco(),
                        s.profile() == null ? null : s.profile().profile().id(),
                        (int) s.gaps().stream().filter(g -> g.gap() > 0).count(),
                        s.totalGap()))
                .sorted(Comparator.comparingInt(StaffSummary::totalGap)
                        .reversed()
                        .thenComparing(summary -> summary.staffId().toString()))
                .toList();
        return new EmployerGapsResponse(
                employerId, allianceId, e.staff().size(), e.staffWithoutProfile(), skills, staff);
    }

    @GetMapping("/alliances/{allianceId}")
    @Operation(
            summary = "The alliance's anonymised gap map: skills by size band, counts under k suppressed, and how"
                    + " the shared curriculum covers each skill")
    GapMapResponse alliance(@PathVariable UUID allianceId) {
        AllianceGapMap a = gaps.allianceMap(Caller.current(), allianceId);
        GapMap map = a.map();
        List<MapRowResponse> rows = map.skills().stream()
                .map(row -> {
                    CourseCoverage coverage = a.coverageOf(row.skillId());
                    boolean anyBelow = row.suppressed() || row.staffBelowTarget() > 0;
                    return new MapRowResponse(
                            row.skillId(),
                            row.skillCode(),
                            row.skillName(),
                            row.category(),
                            row.staffBelowTarget(),
                            row.totalGap(),
                            row.suppressed(),
                            row.highestTargetLevel(),
                            coverage.coursesTeaching(),
                            coverage.highestCourseLevel(),
                            coverage.coursesWithOpenCohort(),
                            anyBelow && coverage.misses(row.highestTargetLevel()),
                            row.bySizeBand());
                })
                .toList();
        return new GapMapResponse(
                allianceId,
                a.asOf(),
                map.k(),
                map.staffCovered(),
                map.staffWithProfile(),
                map.staffWithoutProfile(),
                rows);
    }
}
