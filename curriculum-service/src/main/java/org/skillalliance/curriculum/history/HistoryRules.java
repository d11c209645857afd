package org.skillalliance.curriculum.history;

import java.util.List;
import org.jmolecules.ddd.annotation.Service;

/** The rules of live cohorts that a history import skips, and those it keeps; the import's answer lists both. */
@Service
final class HistoryRules {

    /** A rule and why the import skips or keeps it. */
    record HistoryRule(String rule, String why) {}

    static final List<HistoryRule> SKIPPED = List.of(
            new HistoryRule(
                    "dates must not be in the past (startDate)",
                    "a past cohort's dates are in the past; instead its end date must be before today"),
            new HistoryRule(
                    "enrolment window (enrolmentOpens..enrolmentCloses, requests only while the cohort is OPEN)",
                    "the seats were taken in the old system; the window is recorded as the earliest enrolledOn to the"
                            + " start date"),
            new HistoryRule(
                    "waitlist (requests beyond capacity or quota wait in FIFO order, promotions)",
                    "seats are given as they were: every imported seat is confirmed, none waited"),
            new HistoryRule(
                    "membership and employment active today (staff ACTIVE, membership ACTIVE)",
                    "people leave and memberships end after a course; the staff member must be known to"
                            + " member-service, employed by the employer and not erased, and must not have left before"
                            + " the cohort's start; the employer must hold a MEMBER_EMPLOYER membership of the alliance"
                            + " that is ACTIVE, SUSPENDED or WITHDRAWN"),
            new HistoryRule(
                    "minimum participants at the start",
                    "the cohort ran with the seats it had; it is recorded with minParticipants 0"),
            new HistoryRule(
                    "start, completion and outcomes as separate calls on or after their dates",
                    "they happened; each step is recorded at once and its event is dated when it happened"),
            new HistoryRule(
                    "notifications and enrolment figures",
                    "events are dated in the past, so member-service's notifications (news only: younger than 24 h)"
                            + " tell nobody, and the enrolment request metrics do not count imported seats"));

    static final List<HistoryRule> KEPT = List.of(
            new HistoryRule("course published", "only a published course of the alliance gets cohorts"),
            new HistoryRule(
                    "capacity 1-10000, never exceeded by the seats",
                    "seats beyond the capacity are refused, in the order given"),
            new HistoryRule("seat quota per employer (when given)", "an employer's seats beyond its quota are refused"),
            new HistoryRule("one seat per staff member and cohort", "a repeated staff member is refused"),
            new HistoryRule(
                    "endDate not before startDate, enrolledOn not after startDate",
                    "seats are final when a cohort starts"),
            new HistoryRule("startDate and enrolledOn not before 1900-01-01", "older records are not training data"),
            new HistoryRule(
                    "money: cost in integer minor units >= 0 with an ISO 4217 currency, pricing TOTAL or PER_SEAT",
                    "funding-service shares the cost among the seats at the start exactly as for a live cohort"),
            new HistoryRule(
                    "outcome rules: COMPLETED, NOT_COMPLETED or NO_SHOW; attended hours 0..course hours with 2"
                            + " decimals, 0 for a no-show; scores 0-100; satisfaction 1-5; the credential only with a"
                            + " completion and only where the course offers one; completedOn between the start and today",
                    "reports compute completion, credential and skill-gain rates from them"),
            new HistoryRule("all or nothing", "any refused row refuses the whole import and nothing is written"),
            new HistoryRule(
                    "idempotent by importKey per alliance",
                    "the same cohort sent again is UNCHANGED; a different cohort under a key already used is a 409"));

    private HistoryRules() {}
}
