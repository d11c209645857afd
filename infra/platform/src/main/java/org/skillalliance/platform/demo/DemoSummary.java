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
 */
public record DemoSummary(String allianceName, List<DemoUser> users, UUID programmeId, String programmeName,
                          JsonNode impactReport, Duration took, boolean alreadySeeded) {

    public DemoSummary {
        users = List.copyOf(users);
    }

    /**
     * One demo login.
     *
     * @param role         the realm role
     * @param organisation the organisation it acts for (empty for the platform admin)
     */
    public record DemoUser(String username, String password, String role, String organisation) {
    }

    /** The lines the launcher prints. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo alliance: " + allianceName + (alreadySeeded ? " (already seeded, left as it was)"
                : String.format(Locale.ROOT, " (seeded through the gateway in %.1f s)", took.toMillis() / 1000.0)));
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
                + programmeId + "/impact), current as of " + r.path("currentAsOf").asString() + ":");
        lines.add(String.format(Locale.ROOT, "  participants %d, employers served %d, enrolments %d, completions %d,"
                        + " not completed %d, no-shows %d, credentials %d",
                r.path("participants").asLong(), r.path("employersServed").asLong(), r.path("enrolments").asLong(),
                r.path("completions").asLong(), r.path("notCompleted").asLong(), r.path("noShows").asLong(),
                r.path("credentials").asLong()));
        lines.add("  completion rate " + text(r, "completionRate") + ", credential rate " + text(r, "credentialRate")
                + ", skill-gain rate " + text(r, "skillGainRate") + " (mean gain " + text(r, "meanSkillGain")
                + " points over " + r.path("seatsWithBothScores").asLong() + " assessed seats), training hours "
                + text(r, "trainingHours") + ", mean satisfaction " + text(r, "meanSatisfaction") + " of 5");
        lines.add("  grant committed " + money(r, "grantCommittedMinor", currency) + ", disbursed "
                + money(r, "grantDisbursedMinor", currency) + ", training cost " + money(r, "totalTrainingCostMinor", currency)
                + ", employer contribution " + money(r, "employerContributionMinor", currency) + ", leverage "
                + text(r, "leverage"));
        lines.add("  cost per participant " + money(r, "costPerParticipantMinor", currency) + ", per completion "
                + money(r, "costPerCompletionMinor", currency) + ", per credential "
                + money(r, "costPerCredentialMinor", currency));
        for (String dimension : List.of("sizeBand", "sector", "region")) {
            lines.add("  by " + dimension + " (participants; cells under k=" + r.path("suppressionK").asInt()
                    + " suppressed): " + cells(r.path("breakdowns").path(dimension)));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String cells(JsonNode breakdown) {
        List<String> cells = new ArrayList<>();
        for (Map.Entry<String, JsonNode> cell : breakdown.properties()) {
            cells.add(cell.getKey() + " " + (cell.getValue().path("suppressed").asBoolean()
                    ? "suppressed" : cell.getValue().path("participants").asLong()));
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
