package org.skillalliance.drills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one look at the platform found for a drill's acknowledged writes: in the owning service (curriculum-service's
 * {@code enrolment}), in reporting (its {@code rp_enrolment} projection and the alliance overview's figures), and
 * whether anything is stuck (outbox rows not relayed, consumer groups behind, dead letters other than the poison).
 *
 * @param acknowledged         writes the API acknowledged
 * @param presentInService     of those, found in curriculum-service's database
 * @param countedInReporting   of those, found in reporting's projection with the service's status
 * @param lost                 acknowledged but missing (or with another status) in the service or in reporting
 * @param serviceTotal         the alliance's enrolments in curriculum-service (acknowledged or not)
 * @param committedUnacknowledged enrolments in the service the drill never got an acknowledgement for (a request whose
 *                             answer was lost, and that the retry found as existing is not among these)
 * @param projectedTotal       the alliance's rows in rp_enrolment
 * @param reportSeats          the alliance overview's seatsFilled + waitlistLength
 * @param doubleCounted        what reporting counts beyond the service's enrolments (report figure and projection rows)
 * @param outbox               outbox rows not yet relayed, per database
 * @param consumerLag          records not yet consumed, per consumer group
 * @param unexpectedDeadLetters dead letters that are not an injected poison message
 * @param poisonCopies         dead letters that are an injected poison message, by consumer group
 * @param missingPoison        injected poison messages reporting-service has not dead-lettered
 */
record Verdict(int acknowledged, int presentInService, int countedInReporting, int lost, int serviceTotal,
               int committedUnacknowledged, int projectedTotal, long reportSeats, long doubleCounted,
               Map<String, Long> outbox, Map<String, Long> consumerLag, List<KafkaProbe.DeadLetter> unexpectedDeadLetters,
               Map<String, Integer> poisonCopies, int missingPoison, String problem) {

    boolean consistent() {
        return problem == null && lost == 0 && doubleCounted == 0 && reportSeats == serviceTotal
                && projectedTotal == serviceTotal && outbox.values().stream().allMatch(n -> n == 0)
                && consumerLag.values().stream().allMatch(n -> n == 0) && unexpectedDeadLetters.isEmpty()
                && missingPoison == 0 && poisonCopies.values().stream().allMatch(n -> n <= 1);
    }

    static Verdict unreachable(int acknowledged, String problem) {
        return new Verdict(acknowledged, 0, 0, acknowledged, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), Map.of(), 0,
                problem);
    }

    /**
     * @param acknowledged enrolment id to the status the API answered
     * @param poisons      the values of every poison message injected so far
     */
    static Verdict of(Set<UUID> acknowledged, Map<UUID, String> service, Map<UUID, String> projected, long reportSeats,
                      Map<String, Long> outbox, Map<String, Long> lag, List<KafkaProbe.DeadLetter> deadLetters,
                      Set<String> poisons) {
        int inService = 0;
        int counted = 0;
        int lost = 0;
        for (UUID id : acknowledged) {
            String status = service.get(id);
            boolean present = status != null;
            boolean projectedSame = present && status.equals(projected.get(id));
            inService += present ? 1 : 0;
            counted += projectedSame ? 1 : 0;
            lost += present && projectedSame ? 0 : 1;
        }
        long liveInService = service.values().stream().filter(s -> s.equals("CONFIRMED") || s.equals("WAITLISTED")).count();
        Set<UUID> extraRows = new HashSet<>(projected.keySet());
        extraRows.removeAll(service.keySet());
        // counted beyond what the service holds: the report's figure, or rows for enrolments the service does not have
        long doubleCounted = Math.max(Math.max(0, reportSeats - liveInService), extraRows.size());
        int unacknowledged = (int) service.keySet().stream().filter(id -> !acknowledged.contains(id)).count();

        List<KafkaProbe.DeadLetter> unexpected = new ArrayList<>();
        Map<String, Integer> poisonCopies = new HashMap<>();
        Set<String> poisonedReporting = new HashSet<>();
        for (KafkaProbe.DeadLetter letter : deadLetters) {
            if (letter.value() != null && poisons.contains(letter.value())) {
                poisonCopies.merge(letter.group() + " " + letter.value(), 1, Integer::sum);
                if (letter.group().equals("reporting-service")) {
                    poisonedReporting.add(letter.value());
                }
            } else {
                unexpected.add(letter);
            }
        }
        Map<String, Integer> copiesByGroup = new HashMap<>();
        poisonCopies.forEach((groupAndValue, copies) -> copiesByGroup.merge(groupAndValue.substring(0,
                groupAndValue.indexOf(' ')), copies, Math::max));
        return new Verdict(acknowledged.size(), inService, counted, lost, (int) liveInService, unacknowledged,
                projected.size(), reportSeats, doubleCounted, outbox, lag, unexpected, copiesByGroup,
                poisons.size() - poisonedReporting.size(), null);
    }
}
