package org.skillalliance.curriculum.skillsneeds.recommendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.curriculum.skillsneeds.gap.StaffGaps;

/**
 * A course recommended to one staff member or to a team: the staff it helps (each with the gaps it closes), the gap
 * closed in total, and the training hours it takes ({@code course hours x staff helped}). Recommendations rank by gap
 * closed per training hour, then the larger gap closed, then the shorter course, then the course code.
 */
@ValueObject
public record Recommendation(CourseOffer offer, Map<UUID, List<SkillClosure>> closesByStaff) {

    public static final Comparator<Recommendation> BEST_FIRST = ((Comparator<Recommendation>) (a, b) ->
                    // a.gap / a.hours vs b.gap / b.hours, exactly: a.gap * b.hours vs b.gap * a.hours
                    new BigDecimal(b.gapClosed())
                            .multiply(a.trainingHours())
                            .compareTo(new BigDecimal(a.gapClosed()).multiply(b.trainingHours())))
            .thenComparing(Comparator.comparingInt(Recommendation::gapClosed).reversed())
            .thenComparing(r -> r.offer().course().definition().hours())
            .thenComparing(r -> r.offer().course().definition().code());

    public Recommendation {
        closesByStaff = Map.copyOf(closesByStaff);
    }

    /**
     * The courses on offer that close any gap of these staff, best first; a staff member who already holds or waits
     * for a seat in a course is not counted for it.
     *
     * @param liveSeats the courses each staff member holds or waits for a seat in
     */
    public static List<Recommendation> rank(
            Collection<StaffGaps> staff, List<CourseOffer> offers, Map<UUID, Set<UUID>> liveSeats) {
        List<Recommendation> ranked = new ArrayList<>();
        for (CourseOffer offer : offers) {
            Map<UUID, List<SkillClosure>> helped = new java.util.LinkedHashMap<>();
            for (StaffGaps member : staff) {
                if (liveSeats
                        .getOrDefault(member.staffId(), Set.of())
                        .contains(offer.course().id())) {
                    continue;
                }
                List<SkillClosure> closes = SkillClosure.of(
                        member.gaps(), offer.course().definition().skills());
                if (!closes.isEmpty()) {
                    helped.put(member.staffId(), closes);
                }
            }
            if (!helped.isEmpty()) {
                ranked.add(new Recommendation(offer, helped));
            }
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    public int gapClosed() {
        return closesByStaff.values().stream().mapToInt(SkillClosure::total).sum();
    }

    public int staffHelped() {
        return closesByStaff.size();
    }

    /** Course hours times the staff helped: the hours of training the recommendation asks for. */
    public BigDecimal trainingHours() {
        return offer.course().definition().hours().multiply(BigDecimal.valueOf(staffHelped()));
    }

    /** Gap closed per training hour, 4 decimals, half up. */
    public BigDecimal gapClosedPerHour() {
        return new BigDecimal(gapClosed()).divide(trainingHours(), 4, RoundingMode.HALF_UP);
    }
}
