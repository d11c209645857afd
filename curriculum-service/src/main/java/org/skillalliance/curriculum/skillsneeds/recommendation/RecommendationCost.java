package org.skillalliance.curriculum.skillsneeds.recommendation;

import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.quote.CohortQuote;

/**
 * What the recommended seats would cost the employer, from the cohort quote: the seat's cost (funding-service's share,
 * or this service's estimate), the expected grant when funding-service answered, and the net per seat and for all
 * seats. Without an answer the net is the cost without any grant, and {@code note} says so.
 */
@ValueObject
public record RecommendationCost(
        String currency,
        String pricing,
        long seatCostMinor,
        String shareSource,
        boolean grantKnown,
        Long expectedGrantMinor,
        long netCostPerSeatMinor,
        int seats,
        long netCostMinor,
        String note) {

    static RecommendationCost of(CohortQuote quote, int seats) {
        boolean known = quote.grantOffset().known() && quote.netMinor() != null;
        long perSeat = known ? quote.netMinor() : quote.seatShareMinor();
        String note = known
                ? quote.grantOffset().reason()
                : "funding-service did not answer, so the cost is shown without any grant: "
                        + quote.grantOffset().reason();
        return new RecommendationCost(
                quote.currency(),
                quote.pricing(),
                quote.seatShareMinor(),
                quote.shareSource(),
                known,
                known ? quote.grantOffset().expectedOffsetMinor() : null,
                perSeat,
                seats,
                perSeat * seats,
                note);
    }
}
