package org.skillalliance.platform.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What the demo seed made: who can log in, and the headline figures of the funder's impact report.
 *
 * @param allianceName  the demo alliance
 * @param users         the demo logins
 * @param programmeId   the funder's open grant programme
 * @param programmeName its name
 * @param impactReport  the programme's impact report as the funder got it
 * @param took          how long seeding took (zero when the alliance was already there)
 * @param alreadySeeded whether the alliance existed already, so nothing was written
 * @param skillsNeeds   the alliance's skill profiles, records, gap map and objectives
 */
public record DemoSummary(
        String allianceName,
        List<DemoUser> users,
        UUID programmeId,
        String programmeName,
        JsonNode impactReport,
        Duration took,
        boolean alreadySeeded,
        SkillsNeeds skillsNeeds) {

    public DemoSummary {
        users = List.copyOf(users);
    }

    /**
     * The skills-needs side of the demo (issue 10), as the alliance's coordinator sees it.
     *
     * @param standardProfiles the alliance's standard skill profiles
     * @param records          the member employers' skill records by source: COURSE, MANAGER, SELF
     * @param gapMap           the alliance's anonymised gap map ({@code GET /api/skills/gaps/alliances/{id}})
     * @param objectives       the alliance's objectives with their progress, by target date
     */
    public record SkillsNeeds(
            long standardProfiles, Map<String, Long> records, JsonNode gapMap, List<JsonNode> objectives) {

        public SkillsNeeds {
            records = Map.copyOf(records);
            objectives = List.copyOf(objectives);
        }
    }

    /**
     * One demo login.
     *
     * @param role         the realm role
     * @param organisation the organisation it acts for (empty for the platform admin)
     */
    public record DemoUser(String username, String password, String role, String organisation) {}

    /** The lines the launcher prints. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo alliance: " + allianceName
                + (alreadySeeded
                        ? " (already seeded, left as it was)"
                        : String.format(
                                Locale.ROOT, " (seeded through the gateway in %.1f s)", took.toMillis() / 1000.0)));
        lines.add("Demo users:");
        int width = users.stream().mapToInt(u -> u.username().length()).max().orElse(10) + 2;
        lines.add("  " + pad("username", width) + pad("password", 16) + pad("role", 16) + "organisation");
        for (DemoUser user : users) {
            lines.add("  " + pad(user.username(), width) + pad(user.password(), 16) + pad(user.role(), 16)
                    + (user.organisation().isEmpty() ? "(platform-wide)" : user.organisation()));
        }
        JsonNode r = impactReport;
        String currency = r.path("currency").asString("EUR");
        lines.add("Impact report of \"" + programmeName + "\" (as the funder gets it: GET /api/reports/programmes/"
                + programmeId + "/impact), current as of "
                + r.path("currentAsOf").asString() + ":");
        lines.add(String.format(
                Locale.ROOT,
                "  participants %d, employers served %d, enrolments %d, completions %d,"
                        + " not completed %d, no-shows %d, credentials %d",
                r.path("participants").asLong(),
                r.path("employersServed").asLong(),
                r.path("enrolments").asLong(),
                r.path("completions").asLong(),
                r.path("notCompleted").asLong(),
                r.path("noShows").asLong(),
                r.path("credentials").asLong()));
        lines.add("  completion rate " + text(r, "completionRate") + ", credential rate " + text(r, "credentialRate")
                + ", skill-gain rate " + text(r, "skillGainRate") + " (mean gain " + text(r, "meanSkillGain")
                + " points over " + r.path("seatsWithBothScores").asLong() + " assessed seats), training hours "
                + text(r, "trainingHours") + ", mean satisfaction " + text(r, "meanSatisfaction") + " of 5");
        lines.add("  grant committed " + money(r, "grantCommittedMinor", currency) + ", disbursed "
                + money(r, "grantDisbursedMinor", currency) + ", training cost "
                + money(r, "totalTrainingCostMinor", currency)
                + ", employer contribution " + money(r, "employerContributionMinor", currency) + ", leverage "
                + text(r, "leverage"));
        lines.add("  cost per participant " + money(r, "costPerParticipantMinor", currency) + ", per completion "
                + money(r, "costPerCompletionMinor", currency) + ", per credential "
                + money(r, "costPerCredentialMinor", currency));
        for (String dimension : List.of("sizeBand", "sector", "region")) {
            lines.add("  by " + dimension + " (participants; cells under k="
                    + r.path("suppressionK").asInt() + " suppressed): "
                    + cells(r.path("breakdowns").path(dimension)));
        }
        describeSkillsNeeds(lines);
        return String.join(System.lineSeparator(), lines);
    }

    private void describeSkillsNeeds(List<String> lines) {
        if (skillsNeeds == null) {
            return;
        }
        JsonNode map = skillsNeeds.gapMap();
        lines.add("Skills needs (the coordinator's anonymised gap map: GET /api/skills/gaps/alliances/"
                + map.path("allianceId").asString() + "; counts under k="
                + map.path("k").asInt() + " suppressed):");
        lines.add("  " + skillsNeeds.standardProfiles() + " standard profiles; staff covered "
                + count(map.path("staffCovered")) + ", with a profile " + count(map.path("staffWithProfile"))
                + ", without " + count(map.path("staffWithoutProfile")) + "; skill levels from completed courses "
                + skillsNeeds.records().getOrDefault("COURSE", 0L) + ", manager ratings "
                + skillsNeeds.records().getOrDefault("MANAGER", 0L) + ", self-assessments "
                + skillsNeeds.records().getOrDefault("SELF", 0L));
        List<String> top = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JsonNode row : map.path("skills")) {
            if (!row.path("suppressed").asBoolean()
                    && row.path("staffBelowTarget").asInt() > 0
                    && top.size() < 5) {
                top.add(row.path("skillCode").asString() + " "
                        + row.path("staffBelowTarget").asInt() + " ("
                        + row.path("totalGap").asInt() + ")");
            }
            if (row.path("missingCourse").asBoolean()) {
                missing.add(row.path("skillCode").asString() + " (target "
                        + row.path("highestTargetLevel").asInt()
                        + ", courses reach "
                        + (row.path("highestCourseLevel").isNumber()
                                ? row.path("highestCourseLevel").asInt()
                                : "none") + ")");
            }
        }
        lines.add("  top gaps, staff below target (total gap): "
                + (top.isEmpty() ? "none shown" : String.join(", ", top)));
        if (!missing.isEmpty()) {
            lines.add("  no shared course reaches the target for: "
                    + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : ""));
        }
        for (JsonNode objective : skillsNeeds.objectives()) {
            JsonNode p = objective.path("progress");
            boolean rate = objective.path("kind").asString().equals("COMPLETION_RATE");
            lines.add("  objective \"" + objective.path("title").asString() + "\": "
                    + (rate
                            ? "rate " + text(p, "current") + " against " + text(p, "target") + " ("
                                    + p.path("outcomes").path("completed").asInt() + " of "
                                    + (p.path("outcomes").path("completed").asInt()
                                            + p.path("outcomes")
                                                    .path("notCompleted")
                                                    .asInt()
                                            + p.path("outcomes").path("noShow").asInt())
                                    + " completed)"
                            : text(p, "current") + " of " + text(p, "target") + " staff (baseline "
                                    + objective.path("baseline").asInt() + ", required now " + text(p, "requiredNow")
                                    + ", " + text(p, "requiredPer30Days") + " more per 30 days to go)")
                    + ", " + p.path("status").asString());
        }
    }

    private static String count(JsonNode count) {
        return count.path("suppressed").asBoolean()
                ? "suppressed"
                : String.valueOf(count.path("value").asInt());
    }

    private static String cells(JsonNode breakdown) {
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, JsonNode> cell : breakdown.properties()) {
            cells.add(cell.getKey() + " "
                    + (cell.getValue().path("suppressed").asBoolean()
                            ? "suppressed"
                            : cell.getValue().path("participants").asLong()));
        }
        return String.join(", ", cells);
    }

    private static String text(JsonNode report, String field) {
        JsonNode value = report.path(field);
        return value.isMissingNode() || value.isNull() ? "n/a" : value.asString();
    }

    private static String money(JsonNode report, String field, String currency) {
        JsonNode value = report.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "n/a";
        }
        return currency + " " + String.format(Locale.ENGLISH, "%,.2f", BigDecimal.valueOf(value.asLong(), 2));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
