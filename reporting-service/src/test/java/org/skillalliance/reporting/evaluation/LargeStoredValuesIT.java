package org.skillalliance.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reporting never answers 500 on what it stored: amounts far beyond funding's bounds, written straight into the
 * projections (two payments of the largest {@code bigint} each, whose sum no {@code long} holds, a cost share, a wage
 * cost and a measure as large), still give an employer's ROI, the money figures capped at a {@code long}'s range and
 * the ROI % and ratio from the exact values (docs/reporting.md, "Evaluation beyond completion"). Ids of its own, so
 * no other report moves.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeStoredValuesIT {

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void largeStoredAmountsGiveAnEmployersRoiNotA500() {
        LocalDate start = LocalDate.now().minusMonths(6);
        UUID cohort = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID alliance = UUID.randomUUID();
        insert("""
                insert into rp_cohort (id, course_id, alliance_id, start_date, capacity, currency, status, last_event_at)
                values (:id, :course, :alliance, :start, 1, 'EUR', 'RUNNING', now())
                """, Map.of("id", cohort, "course", UUID.randomUUID(), "alliance", alliance, "start", start));
        insert(
                """
                insert into rp_seat (enrolment_id, cohort_id, employer_id, staff_id, alliance_id, cohort_start,
                                     organisation_known, consent, credential, outcome, attended_hours)
                values (:enrolment, :cohort, :employer, :staff, :alliance, :start, true, false, false, 'COMPLETED',
                        99999999.99)
                """,
                Map.of(
                        "enrolment",
                        UUID.randomUUID(),
                        "cohort",
                        cohort,
                        "employer",
                        employer,
                        "staff",
                        UUID.randomUUID(),
                        "alliance",
                        alliance,
                        "start",
                        start));
        insert("""
                insert into rp_cost_share (cohort_id, employer_id, seats, amount_minor, currency)
                values (:cohort, :employer, 1, :amount, 'EUR')
                """, Map.of("cohort", cohort, "employer", employer, "amount", Long.MAX_VALUE));
        for (int payment = 0; payment < 2; payment++) {
            // a claim of another programme each time, and its payment
            insert("""
                    with claim as (
                        insert into rp_claim (id, award_id, programme_id, employer_id, cohort_id, amount_minor, currency)
                        values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), :employer, :cohort, :amount,
                                'EUR')
                        returning id, award_id, programme_id, employer_id, amount_minor)
                    insert into rp_disbursement (id, claim_id, award_id, programme_id, employer_id, amount_minor,
                                                 currency, milestone)
                    select gen_random_uuid(), id, award_id, programme_id, employer_id, amount_minor, 'EUR', 'COMPLETION'
                    from claim
                    """, Map.of("employer", employer, "cohort", cohort, "amount", Long.MAX_VALUE));
        }
        insert("""
                insert into rp_cohort_results (employer_id, cohort_id, currency, hourly_wage_cost_minor, revision,
                                               reported_at)
                values (:employer, :cohort, 'EUR', :wage, 1, now())
                """, Map.of("employer", employer, "cohort", cohort, "wage", Long.MAX_VALUE));
        insert(
                """
                insert into rp_cohort_result_measure (cohort_id, employer_id, measure_id, name, unit, value_before,
                    value_after, higher_is_better, unit_value_minor, attribution_percent, confidence_percent)
                values (:cohort, :employer, :measure, 'orders', 'orders', 0, :after, true, :unitValue, 100, 100)
                """,
                Map.of(
                        "cohort",
                        cohort,
                        "employer",
                        employer,
                        "measure",
                        UUID.randomUUID(),
                        "after",
                        new BigDecimal("1000000000000000000000000000000"),
                        "unitValue",
                        Long.MAX_VALUE));

        ApiClient.Response response = Callers.asAdmin(port).get("/api/reports/employers/" + employer + "/roi");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode row = response.json().path("cohorts").path(0);
        assertThat(row.path("grantDisbursedMinor").asLong()).isEqualTo(Long.MAX_VALUE); // 2 x (2^63 - 1), capped
        assertThat(row.path("benefitsMinor").asLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(row.path("wageCostMinor").asLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(row.path("roiPercent").decimalValue()).isPositive();
        assertThat(row.path("benefitCostRatio").decimalValue()).isPositive();
    }

    private void insert(String sql, Map<String, ?> params) {
        jdbc.sql(sql).params(params).update();
    }
}
