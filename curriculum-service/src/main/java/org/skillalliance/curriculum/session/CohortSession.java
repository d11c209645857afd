package org.skillalliance.curriculum.session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortStatus;
import org.skillalliance.curriculum.shared.RuleBroken;

/**
 * One session of a cohort; guards its own schedule against the cohort's dates and the cohort's other sessions.
 * Durations are whole multiples of 3 minutes, so that a session's hours (and every sum of them) are exact with 2
 * decimals, as attended hours are kept.
 */
@AggregateRoot
public final class CohortSession {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 2000;
    private static final int MINUTES_GRAIN = 3;

    private final UUID id;
    private final UUID cohortId;
    private final LocalDate date;
    private final LocalTime startTime;
    private final LocalTime endTime;
    private final String place;
    private final String onlineLink;
    private final String title;

    private CohortSession(
            UUID id,
            UUID cohortId,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String place,
            String onlineLink,
            String title) {
        this.id = Objects.requireNonNull(id);
        this.cohortId = Objects.requireNonNull(cohortId);
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = place;
        this.onlineLink = onlineLink;
        this.title = title;
    }

    /**
     * A session of the cohort as planned, after checking it against the cohort and the cohort's other sessions.
     *
     * @param others     the cohort's sessions apart from this one
     * @param courseHours the course's hours: the sessions of a cohort add up to at most these
     * @throws RuleBroken naming the field: 400 for a malformed plan, 422 for a rule of the cohort
     */
    public static CohortSession plan(
            UUID id, Cohort cohort, SessionPlan plan, Collection<CohortSession> others, BigDecimal courseHours) {
        checkChangeable(cohort);
        if (plan.date() == null) {
            throw RuleBroken.invalid("date", "is required");
        }
        if (plan.startTime() == null) {
            throw RuleBroken.invalid("startTime", "is required");
        }
        if (plan.endTime() == null) {
            throw RuleBroken.invalid("endTime", "is required");
        }
        if (plan.startTime().getSecond() != 0 || plan.startTime().getNano() != 0) {
            throw RuleBroken.invalid("startTime", "must be a whole minute (hh:mm)");
        }
        if (plan.endTime().getSecond() != 0 || plan.endTime().getNano() != 0) {
            throw RuleBroken.invalid("endTime", "must be a whole minute (hh:mm)");
        }
        if (!plan.endTime().isAfter(plan.startTime())) {
            throw RuleBroken.invalid("endTime", "must be after startTime " + plan.startTime());
        }
        long minutes = Duration.between(plan.startTime(), plan.endTime()).toMinutes();
        if (minutes % MINUTES_GRAIN != 0) {
            throw RuleBroken.invalid(
                    "endTime",
                    "the session lasts " + minutes + " minutes; attended hours are kept"
                            + " with 2 decimals, so a session lasts a multiple of 3 minutes (0.05 h)");
        }
        String place = blankToNull(plan.place());
        String link = blankToNull(plan.onlineLink());
        if (place == null && link == null) {
            throw RuleBroken.invalid("place", "a session is held at a place or online: give place or onlineLink");
        }
        if (place != null && link != null) {
            throw RuleBroken.invalid("onlineLink", "give either place or onlineLink, not both");
        }
        if (place != null && place.length() > MAX_PLACE) {
            throw RuleBroken.invalid("place", "must be at most " + MAX_PLACE + " characters");
        }
        if (link != null && !isHttpsUrl(link)) {
            throw RuleBroken.invalid(
                    "onlineLink", "must be an absolute https URL, such as https://meet.example.org/room");
        }
        String title = blankToNull(plan.title());
        if (title != null && title.length() > MAX_TITLE) {
            throw RuleBroken.invalid("title", "must be at most " + MAX_TITLE + " characters");
        }
        if (plan.date().isBefore(cohort.startDate()) || plan.date().isAfter(cohort.endDate())) {
            throw RuleBroken.rule(
                    "date", "must lie within the cohort's dates " + cohort.startDate() + " to " + cohort.endDate());
        }
        CohortSession session =
                new CohortSession(id, cohort.id(), plan.date(), plan.startTime(), plan.endTime(), place, link, title);
        BigDecimal total = session.hours();
        for (CohortSession other : others) {
            if (session.overlaps(other)) {
                throw RuleBroken.rule(
                        "startTime",
                        "overlaps the cohort's session " + other.id() + " on " + other.date() + " from "
                                + other.startTime() + " to " + other.endTime());
            }
            total = total.add(other.hours());
        }
        if (total.compareTo(courseHours) > 0) {
            throw RuleBroken.rule(
                    "endTime",
                    "the cohort's sessions would last " + total.toPlainString() + " hours, more than the course's "
                            + courseHours.toPlainString());
        }
        return session;
    }

    /** A session as stored. */
    static CohortSession restore(
            UUID id,
            UUID cohortId,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String place,
            String onlineLink,
            String title) {
        return new CohortSession(id, cohortId, date, startTime, endTime, place, onlineLink, title);
    }

    /**
     * Checks that the cohort's sessions may still change: not once it is cancelled or completed.
     *
     * @throws RuleBroken (422) naming {@code cohortId}
     */
    static void checkChangeable(Cohort cohort) {
        if (cohort.status() == CohortStatus.CANCELLED || cohort.status() == CohortStatus.COMPLETED) {
            throw RuleBroken.rule(
                    "cohortId", "cohort " + cohort.id() + " is " + cohort.status() + "; its sessions no longer change");
        }
    }

    /** Whether the two sessions share a moment (touching ends do not overlap). */
    boolean overlaps(CohortSession other) {
        return !other.id.equals(id)
                && other.date.equals(date)
                && startTime.isBefore(other.endTime)
                && other.startTime.isBefore(endTime);
    }

    /** The session's length in hours, exact with 2 decimals (durations are multiples of 3 minutes). */
    public BigDecimal hours() {
        long minutes = Duration.between(startTime, endTime).toMinutes();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.UNNECESSARY);
    }

    private static boolean isHttpsUrl(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public String title() {
        return title;
    }
}
