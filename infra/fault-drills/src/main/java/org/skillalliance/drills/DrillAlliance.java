package org.skillalliance.drills;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.AllianceSpec;
import org.skillalliance.platform.demo.CohortSpec;
import org.skillalliance.platform.demo.CourseSpec;
import org.skillalliance.platform.demo.CsvReport;
import org.skillalliance.platform.demo.Eventually;
import org.skillalliance.platform.demo.ImportFile;
import org.skillalliance.platform.demo.InvitationSpec;
import org.skillalliance.platform.demo.OrganisationSpec;
import org.skillalliance.platform.demo.Session;

/**
 * A fresh alliance for one drill, built through the gateway as its people would: an association coordinating it, a
 * training provider with one published course and several open cohorts, and employers whose HR people (member-admins
 * with tokens of their own, so each has the gateway's per-client rate to itself) have imported their staff.
 * Each drill has its own alliance, so that the alliance overview's figures are the drill's alone.
 */
record DrillAlliance(String key, UUID allianceId, List<UUID> cohortIds, List<Employer> employers) {

    static final String PASSWORD = "fault-drill-password";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** An employer of the alliance, its HR person's session and the staff HR imported. */
    record Employer(UUID id, Session hr, List<UUID> staffIds) {}

    static DrillAlliance create(
            AllianceApi api,
            Session admin,
            String key,
            int employerCount,
            int staffPerEmployer,
            int cohortCount,
            int capacity) {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L);
        String name = "Drill " + key + " " + run;
        UUID association = admin.registerOrganisation(
                OrganisationSpec.of("ASSOCIATION", name + " Association", "VR " + run + "0", "DE71"));
        UUID alliance =
                admin.createAlliance(new AllianceSpec(name, "REGIONAL", List.of("C"), "DE7", "EUR", association));
        UUID provider = admin.registerOrganisation(
                OrganisationSpec.of("TRAINING_PROVIDER", name + " Academy", "HRB " + run + "1", "DE71"));
        lagging(() -> admin.activateMembership(admin.applyForMembership(alliance, provider, "PROVIDER")));

        List<Employer> employers = new ArrayList<>();
        for (int e = 1; e <= employerCount; e++) {
            UUID employer = admin.registerOrganisation(OrganisationSpec.employer(
                    name + " Employer " + e + " GmbH", "HRB " + run + "2" + e, "DE712", "C25.62", 40));
            lagging(() -> admin.activateMembership(admin.applyForMembership(alliance, employer, "MEMBER_EMPLOYER")));
            String username = ("drill-" + key + "-" + run + "-hr" + e).toLowerCase(Locale.ROOT);
            admin.invite(
                    employer,
                    new InvitationSpec(username, username + "@drills.example", "Hanna", "Drill" + e, "member-admin"));
            api.setPasswordAsOperator(username, PASSWORD);
            Session hr = api.login(username, PASSWORD);
            employers.add(new Employer(employer, hr, importStaff(hr, employer, username, staffPerEmployer)));
        }

        String code = ("D" + key.substring(0, Math.min(3, key.length())) + "-" + run).toUpperCase(Locale.ROOT);
        UUID skill = admin.addSkill("SK-" + code, "Drill skill " + run, "DIGITAL", null);
        UUID course = lagging(() -> admin.draftCourse(new CourseSpec(
                alliance,
                code,
                "Fault drill course " + run,
                "A course that exists to be enrolled in while faults are injected.",
                provider,
                "ONLINE",
                new BigDecimal("16"),
                List.of(new CourseSpec.SkillTarget(skill, 2)),
                List.of("DIGITAL"),
                null)));
        lagging(() -> admin.publishCourse(course));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<UUID> cohorts = new ArrayList<>();
        for (int c = 0; c < cohortCount; c++) {
            CohortSpec spec = CohortSpec.of(
                    course,
                    association,
                    today,
                    today.plusDays(1),
                    today,
                    today,
                    capacity,
                    1,
                    null,
                    new CohortSpec.Cost("PER_SEAT", 10_000, "EUR"));
            UUID cohort = lagging(() -> admin.scheduleCohort(spec));
            lagging(() -> admin.openCohort(cohort));
            cohorts.add(cohort);
        }
        return new DrillAlliance(key, alliance, List.copyOf(cohorts), List.copyOf(employers));
    }

    private static List<UUID> importStaff(Session hr, UUID employer, String prefix, int count) {
        ImportFile csv = ImportFile.staff();
        for (int i = 1; i <= count; i++) {
            csv.row(
                    "Staff",
                    "Member" + i,
                    prefix + ".staff" + i + "@drills.example",
                    "2020-01-01",
                    "7223",
                    "no",
                    "",
                    "");
        }
        CsvReport report = hr.importStaff(employer, csv.toString());
        if (report.created() != count) {
            throw new IllegalStateException(
                    "the staff import created " + report.created() + " of " + count + ": " + report);
        }
        return report.rows().stream()
                .sorted(Comparator.comparingLong(CsvReport.Row::line))
                .map(CsvReport.Row::id)
                .toList();
    }

    private static <T> T lagging(Supplier<T> call) {
        return Eventually.retrying(PATIENCE, Eventually::notYetKnown, call);
    }
}
