package org.skillalliance.drills;

/**
 * One additive figure of the drill's alliance as the producing service has it beside the same figure as a consumer
 * (funding-service's facts, reporting's projection, reporting's overview) has it: a count of enrolments by status, or
 * money summed over them. A consumer that applied an event twice with an additive effect, or a report that counts a row
 * twice, shows a figure above the service's; one that missed an event shows a figure below it.
 *
 * @param figure   what is summed, such as {@code confirmed seats} or {@code seat money (minor units)}
 * @param consumer where the consumer's figure comes from, such as {@code reporting rp_enrolment}
 * @param service  the producing service's own figure (curriculum-service's tables)
 * @param counted  the consumer's figure
 * @param money    true for a sum of money (minor units), false for a count of enrolments
 */
record Tally(String figure, String consumer, long service, long counted, boolean money) {

    static Tally count(String figure, String consumer, long service, long counted) {
        return new Tally(figure, consumer, service, counted, false);
    }

    static Tally money(String figure, String consumer, long service, long counted) {
        return new Tally(figure, consumer, service, counted, true);
    }

    /** What the consumer counts beyond the service. */
    long excess() {
        return Math.max(0, counted - service);
    }

    /** What the consumer has not counted (yet). */
    long shortfall() {
        return Math.max(0, service - counted);
    }

    @Override
    public String toString() {
        return figure + " in " + consumer + " " + counted + " against the service's " + service;
    }
}
