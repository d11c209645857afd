package org.skillalliance.curriculum.skillsneeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.Callers;
import tools.jackson.databind.JsonNode;

/**
 * The alliance gap map never shows a count under k (5, the default, as in reporting), never lets a suppressed cell be
 * recovered from the shown ones and the total, and shows no staff or employer identity.
 *
 * <pre>
 * standard profiles: 7223 needs X at 3; 2512 needs Y at 3
 * MICRO  m1 (5 staff):   3 x 7223 below target
 * SMALL  s1 (20):        4 x 7223 below, 3 x 2512 below (Y)     s2 (30): 3 x 7223 below
 * MEDIUM md (100):       6 x 7223 below, 1 without a job role, 1 who left (not counted)
 * LARGE  lg (300):       3 x 7223: 1 below, 2 rated X 3 by their manager (at target)
 * SMALL  sp (15, membership suspended): 5 x 7223 below, not counted
 * </pre>
 */
class GapMapSuppressionIT extends ServiceIT {

    static final int K = 5;

    UUID association, alliance, x, y;
    final List<UUID> identities = new ArrayList<>();
    MemberEvents.Employer m1;

    @BeforeAll
    void world() {
        wire();
        association = UUID.randomUUID();
        alliance = members.alliance("Suppression alliance", association);
        m1 = employer(5, SizeBand.MICRO);
        MemberEvents.Employer s1 = employer(20, SizeBand.SMALL);
        MemberEvents.Employer s2 = employer(30, SizeBand.SMALL);
        MemberEvents.Employer md = employer(100, SizeBand.MEDIUM);
        MemberEvents.Employer lg = employer(300, SizeBand.LARGE);
        MemberEvents.Employer sp = employer(15, SizeBand.SMALL);
        staff(m1, "7223", 3);
        staff(s1, "7223", 4);
        staff(s1, "2512", 3);
        staff(s2, "7223", 3);
        staff(md, "7223", 6);
        staff(md, null, 1);
        UUID leaver = staff(md, "7223", 1).getFirst();
        members.left(leaver, md, LocalDate.now().minusDays(1));
        List<UUID> large = staff(lg, "7223", 3);
        staff(sp, "7223", 5);
        members.suspend(sp);
        members.awaitConsumed();

        x = curriculum.skill();
        y = curriculum.skill();
        assertThat(api.post(
                                "/api/skills/profiles",
                                Map.of(
                                        "allianceId",
                                        alliance,
                                        "jobRoleIsco",
                                        "7223",
                                        "skills",
                                        List.of(Map.of("skillId", x, "targetLevel", 3))))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/skills/profiles",
                                Map.of(
                                        "allianceId",
                                        alliance,
                                        "jobRoleIsco",
                                        "2512",
                                        "skills",
                                        List.of(Map.of("skillId", y, "targetLevel", 3))))
                        .status())
                .isEqualTo(201);
        for (UUID atTarget : large.subList(1, 3)) {
            assertThat(api.post(
                                    "/api/skills/records",
                                    Map.of("staffId", atTarget, "skillId", x, "level", 3, "source", "MANAGER"))
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void theMapShowsNoCountUnderKAndNoSuppressedCellCanBeRecovered() {
        Api.Response response = api.get("/api/skills/gaps/alliances/" + alliance);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode map = response.body();
        assertThat(map.get("k").asInt()).isEqualTo(K);

        // 3 + 4 + 3 + 3 + 6 + 1 + 3 = 23 active staff of active members; 22 with a profile and 1 without: 1 < 5, and
        // the 22 would give it away, so both are hidden
        assertThat(map.get("staffCovered").get("value").asInt()).isEqualTo(23);
        assertThat(map.get("staffWithProfile").get("suppressed").asBoolean()).isTrue();
        assertThat(map.get("staffWithProfile").get("value").isNull()).isTrue();
        assertThat(map.get("staffWithoutProfile").get("suppressed").asBoolean()).isTrue();

        // X: MICRO 3, SMALL 4 + 3 = 7, MEDIUM 6, LARGE 1: 17 below target, each 3 short: total gap 51.
        // MICRO 3 and LARGE 1 are under 5; together 4 < 5, still recoverable, so the smallest shown cell, MEDIUM 6,
        // goes too (3 + 1 + 6 = 10 >= 5). SMALL 7 and the empty UNKNOWN stay.
        JsonNode rowX = row(map, x);
        assertThat(rowX.get("suppressed").asBoolean()).isFalse();
        assertThat(rowX.get("staffBelowTarget").asInt()).isEqualTo(17);
        assertThat(rowX.get("totalGap").asInt()).isEqualTo(51);
        assertThat(cells(rowX))
                .containsExactly(
                        "MICRO:suppressed", "SMALL:7/21", "MEDIUM:suppressed", "LARGE:suppressed", "UNKNOWN:0/0");
        // Y: 3 below target in all, under 5: the whole row is hidden
        JsonNode rowY = row(map, y);
        assertThat(rowY.get("suppressed").asBoolean()).isTrue();
        assertThat(rowY.get("staffBelowTarget").isNull()).isTrue();
        assertThat(cells(rowY)).allMatch(cell -> cell.endsWith(":suppressed"));

        // the property, over the whole answer: every count shown is 0 or >= k ...
        assertCountsShowable(map);
        // ... and wherever cells of a shown row are hidden, there are at least two, counting at least k together
        for (JsonNode row : map.get("skills")) {
            if (row.get("suppressed").asBoolean()) {
                continue;
            }
            int shown = 0;
            int hidden = 0;
            for (JsonNode cell : row.get("bySizeBand")) {
                if (cell.get("suppressed").asBoolean()) {
                    hidden++;
                } else {
                    shown += cell.get("staffBelowTarget").asInt();
                }
            }
            if (hidden > 0) {
                assertThat(hidden).as(row.toString()).isGreaterThanOrEqualTo(2);
                assertThat(row.get("staffBelowTarget").asInt() - shown)
                        .as(row.toString())
                        .isGreaterThanOrEqualTo(K);
            }
        }

        // no identity: the only ids in the answer are the alliance's and the skills' (whose ESCO URIs, the skill
        // codes here, end in a UUID of their own)
        String scanned = response.raw();
        for (JsonNode row : map.get("skills")) {
            scanned = scanned.replace(row.get("skillCode").asString(), "");
        }
        Matcher uuids = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(scanned);
        while (uuids.find()) {
            assertThat(uuids.group()).isIn(alliance.toString(), x.toString(), y.toString());
        }
        for (UUID id : identities) {
            assertThat(response.raw()).doesNotContain(id.toString());
        }

        // the alliance's coordinator gets the same map with its own token; the employer keeps its own, exact figures
        Api coordinator = api.as(Callers.person("coordinator", association));
        assertThat(coordinator.get("/api/skills/gaps/alliances/" + alliance).body())
                .isEqualTo(map);
        JsonNode own = api.as(Callers.person("member-admin", m1.id()))
                .get("/api/skills/gaps/employers/" + m1.id() + "?allianceId=" + alliance)
                .body();
        assertThat(own.get("skills").get(0).get("staffBelowTarget").asInt()).isEqualTo(3);
    }

    private MemberEvents.Employer employer(int headcount, SizeBand band) {
        MemberEvents.Employer employer = members.activeEmployer(alliance, headcount, band);
        identities.add(employer.id());
        return employer;
    }

    private List<UUID> staff(MemberEvents.Employer employer, String isco, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(members.staff(employer, isco));
        }
        identities.addAll(ids);
        return ids;
    }

    private static JsonNode row(JsonNode map, UUID skill) {
        for (JsonNode row : map.get("skills")) {
            if (row.get("skillId").asString().equals(skill.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + skill);
    }

    private static List<String> cells(JsonNode row) {
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : row.get("bySizeBand")) {
            cells.add(cell.get("sizeBand").asString() + ":"
                    + (cell.get("suppressed").asBoolean()
                            ? "suppressed"
                            : cell.get("staffBelowTarget").asInt() + "/"
                                    + cell.get("totalGap").asInt()));
        }
        return cells;
    }

    /** Every field counting people ({@code staffBelowTarget}, a headline's {@code value}) is null, 0 or >= k. */
    private static void assertCountsShowable(JsonNode node) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode value = node.get(name);
                if ((name.equals("staffBelowTarget") || name.equals("value")) && value.isNumber()) {
                    assertThat(value.asInt())
                            .as(name + " in " + node)
                            .satisfiesAnyOf(
                                    n -> assertThat(n).isZero(),
                                    n -> assertThat(n).isGreaterThanOrEqualTo(K));
                }
                assertCountsShowable(value);
            }
        } else if (node.isArray()) {
            node.forEach(GapMapSuppressionIT::assertCountsShowable);
        }
    }
}
