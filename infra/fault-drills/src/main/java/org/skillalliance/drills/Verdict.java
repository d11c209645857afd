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
 * {@code enrolment}), in reporting (its {@code rp_enrolment} projection), whether anything was counted twice, and
 * whether anything is stuck (outbox rows not relayed, consumer groups behind, dead letters other than the poison).
 *
 * <p>"Counted twice" compares what is additive, never rows against the same rows: every consumer's processed marks
 * against the distinct event ids on the topics it reads ({@link InboxTally}), and funding-service's and reporting's
 * counts and money over the drill's enrolments against curriculum-service's own ({@link Tally}).
 *
 * @param acknowledged         writes the API acknowledged
 * @param presentInService     of those, found in curriculum-service's database
 * @param countedInReporting   of those, found in reporting's projection with the service's status
 * @param lost                 acknowledged but missing (or with another status) in the service or in reporting
 * @param serviceTotal         the alliance's live (confirmed or waitlisted) enrolments in curriculum-service
 * @param committedUnacknowledged enrolments in the service the drill never got an acknowledgement for (a request whose
 *                             answer was lost, and that the retry found as existing is not among these)
 * @param tallies              the consumers' counts and sums beside the service's
 * @param inboxes              every consumer's processed marks beside the distinct events sent; null when not read
 *                             (they are read once everything else holds: reading the topics takes seconds)
 * @param outbox               outbox rows not yet relayed, per database
 * @param consumerLag          records not yet consumed, per consumer group
 * @param unexpectedDeadLetters dead letters that are not an injected poison message
 * @param poisonCopies         dead letters that are an injected poison message, by consumer group
 * @param missingPoison        injected poison messages reporting-service has not dead-lettered
 */
record Verdict(
        int acknowledged,
        int presentInService,
        int countedInReporting,
        int lost,
        int serviceTotal,
        int committedUnacknowledged,
        List<Tally> tallies,
        List<InboxTally> inboxes,
        Map<String, Long> outbox,
        Map<String, Long> consumerLag,
        List<KafkaProbe.DeadLetter> unexpectedDeadLetters,
        Map<String, Integer> poisonCopies,
        int missingPoison,
        String problem) {

    boolean consistent() {
        return consistentApartFromInboxes() && inboxes != null && doubleCounted() == 0 && behind() == 0;
    }

    /** Every check but the inboxes', which are worth reading only once this holds. */
    boolean consistentApartFromInboxes() {
        return problem == null
                && lost == 0
                && tallies.stream().allMatch(t -> t.excess() == 0 && t.shortfall() == 0)
                && outbox.values().stream().allMatch(n -> n == 0)
                && consumerLag.values().stream().allMatch(n -> n == 0)
                && unexpectedDeadLetters.isEmpty()
                && missingPoison == 0
                && poisonCopies.values().stream().allMatch(n -> n <= 1);
    }

    /**
     * Events and enrolments counted beyond what was sent and what the service holds: the consumers' processed marks
     * beyond one per distinct event sent, plus the enrolment counts of funding and reporting beyond the service's.
     */
    long doubleCounted() {
        return (inboxes == null
                        ? 0
                        : inboxes.stream().mapToLong(InboxTally::extra).sum())
                + tallies.stream()
                        .filter(t -> !t.money())
                        .mapToLong(Tally::excess)
                        .sum();
    }

    /** Money (minor units) funding and reporting sum beyond the service's sum. */
    long doubleCountedMinor() {
        return tallies.stream().filter(Tally::money).mapToLong(Tally::excess).sum();
    }

    /** What consumers have not counted yet: distinct events not processed, enrolment counts below the service's. */
    long behind() {
        return (inboxes == null
                        ? 0
                        : inboxes.stream().mapToLong(InboxTally::missing).sum())
                + tallies.stream()
                        .filter(t -> !t.money())
                        .mapToLong(Tally::shortfall)
                        .sum();
    }

    /** The figures that disagree, for the report. */
    List<String> disagreements() {
        List<String> found = new ArrayList<>();
        tallies.stream()
                .filter(t -> t.excess() > 0 || t.shortfall() > 0)
                .map(Tally::toString)
                .forEach(found::add);
        if (inboxes != null) {
            inboxes.stream()
                    .filter(i -> i.extra() > 0 || i.missing() > 0)
                    .map(InboxTally::toString)
                    .forEach(found::add);
        }
        return found;
    }

    static Verdict unreachable(int acknowledged, String problem) {
        return new Verdict(
                acknowledged,
                0,
                0,
                acknowledged,
                0,
                0,
                List.of(),
                null,
                Map.of(),
                Map.of(),
                List.of(),
                Map.of(),
                0,
                problem);
    }

    /** This verdict with the inboxes read. */
    Verdict withInboxes(List<InboxTally> read) {
        return new Verdict(
                acknowledged,
                presentInService,
                countedInReporting,
                lost,
                serviceTotal,
                committedUnacknowledged,
                tallies,
                List.copyOf(read),
                outbox,
                consumerLag,
                unexpectedDeadLetters,
                poisonCopies,
                missingPoison,
                problem);
    }

    /**
     * @param acknowledged enrolment id to the status the API answered
     * @param tallies      the consumers' additive figures beside the service's
     * @param poisons      the values of every poison message injected so far
     */
    static Verdict of(
            Set<UUID> acknowledged,
            Map<UUID, String> service,
            Map<UUID, String> projected,
            List<Tally> tallies,
            Map<String, Long> outbox,
            Map<String, Long> lag,
            List<KafkaProbe.DeadLetter> deadLetters,
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
        long liveInService = service.values().stream()
                .filter(s -> s.equals("CONFIRMED") || s.equals("WAITLISTED"))
                .count();
        int unacknowledged = (int) service.keySet().stream()
                .filter(id -> !acknowledged.contains(id))
                .count();

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
        poisonCopies.forEach((groupAndValue, copies) ->
                copiesByGroup.merge(groupAndValue.substring(0, groupAndValue.indexOf(' ')), copies, Math::max));
        return new Verdict(
                acknowledged.size(),
                inService,
                counted,
                lost,
                (int) liveInService,
                unacknowledged,
                List.copyOf(tallies),
                null,
                outbox,
                lag,
                unexpected,
                copiesByGroup,
                poisons.size() - poisonedReporting.size(),
                null);
    }
}
