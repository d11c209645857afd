package org.skillalliance.curriculum.skillsneeds.recommendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.Cohort;
import org.skillalliance.curriculum.cohort.CohortManagement;
import org.skillalliance.curriculum.course.Course;
import org.skillalliance.curriculum.course.CourseManagement;
import org.skillalliance.curriculum.enrolment.EnrolmentManagement;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.quote.CohortQuotes;
import org.skillalliance.curriculum.skillsneeds.gap.SkillGapManagement;
import org.skillalliance.curriculum.skillsneeds.gap.StaffGaps;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use cases of course recommendations: the alliance's published courses with a cohort open for enrolment today that
 * close the largest gaps per training hour, with the expected net cost after grants.
 */
@Service
public class RecommendationManagement {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    /** A recommendation and what its seats would cost. */
    public record Recommended(Recommendation recommendation, RecommendationCost cost) {}

    /**
     * The recommendations for one staff member or a team, best first, at most the limit asked for.
     *
     * @param candidates     how many courses would close any gap (before the limit)
     * @param fundingAnswered whether funding-service answered every quote (else some costs are without grants)
     */
    public record Recommendations(
            UUID allianceId,
            UUID employerId,
            List<StaffGaps> staff,
            List<Recommended> items,
            int candidates,
            boolean fundingAnswered) {}

    private record Plan(UUID employerId, List<StaffGaps> staff, List<Recommendation> ranked) {}

    private final SkillGapManagement gaps;
    private final MemberFacts memberFacts;
    private final CourseManagement courses;
    private final CohortManagement cohorts;
    private final EnrolmentManagement enrolments;
    private final CohortQuotes quotes;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    RecommendationManagement(
            SkillGapManagement gaps,
            MemberFacts memberFacts,
            CourseManagement courses,
            CohortManagement cohorts,
            EnrolmentManagement enrolments,
            CohortQuotes quotes,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.gaps = gaps;
        this.memberFacts = memberFacts;
        this.courses = courses;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.quotes = quotes;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Courses for one staff member, for the employer's member-admin and admins: gap closed per course hour.
     *
     * @param bearerToken the caller's token, forwarded to funding-service with the quote
     * @throws ApiException.Forbidden    for other roles
     * @throws ApiException.NotFound     for an unknown staff member or another employer's
     * @throws ApiException.InvalidInput for a limit outside 1-20
     */
    public Recommendations forStaff(Caller caller, String bearerToken, UUID staffId, UUID allianceId, Integer limit) {
        int max = checkedLimit(limit);
        // read in a short transaction of its own: the quotes below call funding-service and must not hold a connection
        Plan plan = readOnly.execute(status -> {
            MemberFacts.StaffFacts staff =
                    gaps.ownActiveStaff(caller, staffId, allianceId, "read course recommendations");
            return plan(allianceId, staff.employerId(), List.of(staff));
        });
        return priced(caller, bearerToken, allianceId, plan, max);
    }

    /**
     * Courses for an employer's whole team, for its member-admin and admins: gap closed per training hour (course
     * hours times the staff it helps), with the net cost of all their seats.
     *
     * @throws ApiException.Forbidden    for other roles
     * @throws ApiException.NotFound     for a member-admin naming another employer
     * @throws ApiException.InvalidInput for a limit outside 1-20
     */
    public Recommendations forEmployer(
            Caller caller, String bearerToken, UUID employerId, UUID allianceId, Integer limit) {
        int max = checkedLimit(limit);
        Plan plan = readOnly.execute(status -> {
            gaps.requireEmployer(caller, employerId, allianceId, "read course recommendations");
            return plan(allianceId, employerId, memberFacts.activeStaffOf(employerId));
        });
        return priced(caller, bearerToken, allianceId, plan, max);
    }

    private Plan plan(UUID allianceId, UUID employerId, List<MemberFacts.StaffFacts> staff) {
        List<StaffGaps> analyses = gaps.analyse(allianceId, staff);
        Map<UUID, Set<UUID>> liveSeats = enrolments.coursesWithLiveSeat(
                staff.stream().map(MemberFacts.StaffFacts::staffId).toList());
        return new Plan(employerId, analyses, Recommendation.rank(analyses, offers(allianceId), liveSeats));
    }

    private Recommendations priced(Caller caller, String bearerToken, UUID allianceId, Plan plan, int max) {
        List<Recommended> items = new ArrayList<>();
        boolean answered = true;
        for (Recommendation recommendation :
                plan.ranked().subList(0, Math.min(max, plan.ranked().size()))) {
            RecommendationCost cost = RecommendationCost.of(
                    quotes.quote(
                            caller, bearerToken, recommendation.offer().cohort().id(), plan.employerId()),
                    recommendation.staffHelped());
            answered &= cost.grantKnown();
            items.add(new Recommended(recommendation, cost));
        }
        return new Recommendations(
                allianceId,
                plan.employerId(),
                plan.staff(),
                items,
                plan.ranked().size(),
                answered);
    }

    /** The alliance's published courses, each with its earliest cohort open for enrolment today. */
    private List<CourseOffer> offers(UUID allianceId) {
        Map<UUID, Cohort> earliest = new LinkedHashMap<>();
        for (Cohort cohort : cohorts.openForEnrolment(allianceId, LocalDate.now(clock))) {
            earliest.putIfAbsent(cohort.courseId(), cohort);
        }
        List<CourseOffer> offers = new ArrayList<>();
        for (Course course : courses.publishedIn(allianceId)) {
            Cohort cohort = earliest.get(course.id());
            if (cohort != null) {
                offers.add(new CourseOffer(course, cohort));
            }
        }
        return offers;
    }

    private static int checkedLimit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException.InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
