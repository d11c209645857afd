package org.skillalliance.curriculum.quote;

import java.math.RoundingMode;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortEnrolments;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.cohort.Pricing;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds {@link CohortQuote}s: the cohort's price from here, the grant offset from funding-service. */
@Service
public class CohortQuotes {

    private final CohortManagement cohorts;
    private final CohortEnrolments enrolments;
    private final FundingQuotes funding;
    private final TransactionTemplate readOnly;

    CohortQuotes(
            CohortManagement cohorts,
            CohortEnrolments enrolments,
            FundingQuotes funding,
            PlatformTransactionManager transactions) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.funding = funding;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    private record CohortFacts(Cohort cohort, int confirmedSeats) {}

    /**
     * The quote for one seat; it answers even when funding-service does not, with the offset unknown and the share
     * estimated: the price per seat, or the total spread over the larger of the minimum participants and the seats
     * confirmed plus this one, rounded up.
     *
     * <p>Who may ask: the employer's member-admin, the cohort's coordinator, admins. The caller's token goes with the
     * call to funding-service, which applies its own rules to it.
     *
     * @throws ApiException.Forbidden      for other roles, a member-admin asking for another employer, or a coordinator of
     *                               another alliance
     * @throws ApiException.NotFound when the cohort does not exist
     */
    public CohortQuote quote(Caller caller, String bearerToken, UUID cohortId, UUID employerId) {
        caller.requireAnyRole("ask for quotes", Role.MEMBER_ADMIN, Role.COORDINATOR);
        boolean asTheEmployer = caller.isAdmin() || caller.actsAs(Role.MEMBER_ADMIN, employerId);
        if (!asTheEmployer && !caller.has(Role.COORDINATOR)) {
            throw new ApiException.Forbidden(
                    "a member-admin asks for quotes only for its own employer, not employer " + employerId);
        }
        // read in a short transaction of its own: the remote call below must not hold a database connection
        CohortFacts facts = readOnly.execute(status -> {
            Cohort cohort = cohorts.get(cohortId);
            if (!asTheEmployer && !cohorts.manages(caller, cohort)) {
                throw new ApiException.Forbidden(
                        "only the cohort's coordinator, the employer's member-admin or an admin may ask"
                                + " for this quote");
            }
            return new CohortFacts(cohort, enrolments.confirmedSeats(cohort));
        });
        Cohort cohort = facts.cohort();
        long price = cohort.cost().amount().amountMinor();
        GrantOffset offset = funding.offset(cohortId, employerId, bearerToken);
        long share;
        String source;
        if (offset.known() && offset.seatCostMinor() != null) {
            share = offset.seatCostMinor().setScale(0, RoundingMode.HALF_UP).longValueExact();
            source = "FUNDING";
        } else {
            share = cohort.cost().pricing() == Pricing.PER_SEAT
                    ? price
                    : ceilDiv(price, Math.max(Math.max(cohort.minParticipants(), 1), facts.confirmedSeats() + 1));
            source = "ESTIMATE";
        }
        Long net = offset.known() ? Math.max(0, share - offset.expectedOffsetMinor()) : null;
        return new CohortQuote(
                cohortId,
                employerId,
                cohort.cost().amount().currency(),
                cohort.cost().pricing().name(),
                price,
                share,
                source,
                offset,
                net);
    }

    /** Rounded up; Math.ceilDiv cannot overflow, where amount + parts - 1 would for an amount near Long.MAX_VALUE. */
    private static long ceilDiv(long amount, int parts) {
        return Math.ceilDiv(amount, parts);
    }
}
