package org.skillalliance.platform.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.skillalliance.platform.Pause;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.DemoCast.Cohort;
import org.skillalliance.platform.demo.DemoCast.Course;
import org.skillalliance.platform.demo.DemoCast.Employer;
import org.skillalliance.platform.demo.DemoCast.Provider;
import tools.jackson.databind.JsonNode;

/**
 * Seeds the demo alliance through the gateway, as its people would build it: the platform admin registers an
 * association and a funder and invites their people; the coordinator creates the alliance, admits two training
 * providers and twelve employers (every size band, several NACE sectors and NUTS regions) and invites their people;
 * HR imports about 150 staff by CSV; providers draft courses mapped to skills, the coordinator publishes them,
 * schedules seven cohorts with capacities and quotas and picks how each one's cost is shared; the funder opens a
 * grant programme; HR enrols staff by CSV (waitlists fill), one withdrawal promotes a waiter; the association and
 * employers apply for grants and are awarded; the cohorts run, providers record hours, scores, satisfaction and
 * credentials, the cohorts complete; the first employer's HR gives a staff member with a credential a learner login
 * linked to their staff record (who then sees their own enrolments and badge); the funder approves and pays the claims. Then it waits until reporting-service
 * has every seat, outcome and payment, and fetches the funder's impact report. Last, skills needs (issue 10): the
 * coordinator publishes standard skill profiles for the staff's ISCO-08 job roles, HR records managers' ratings and
 * self-assessments, and once curriculum-service has proved the levels of every passed completion the coordinator sets
 * two objectives; the summary shows the anonymised gap map's top gaps and the objectives' progress.
 *
 * <p>Deterministic: every choice comes from seeded {@link Random}s ({@link DemoPlan} for people and requests, one per
 * cohort for outcomes). Seeding an alliance that exists already writes nothing and reports on what is there.
 */
public final class DemoSeed {

    /** The platform admin of the demo realm overlay. */
    public static final String ADMIN = "alliance-admin";
    /**
     * Every demo person's password, the overlay's admin's too: at least 12 characters and on no deny-list, since the
     * realm's password policy checks imported passwords and the operator's alike (docs/security.md, "Identity").
     */
    public static final String PASSWORD = "alliance-demo";

    public static final String ADMIN_PASSWORD = PASSWORD;
    /** The demo learner's username: a staff member of the first employer, linked to their staff record. */
    public static final String LEARNER = "learner";

    static final String CURRENCY = "EUR";
    /** The programme's required priority tag. */
    static final String REQUIRED_TAG = "DIGITAL";

    static final Set<String> ELIGIBLE_BANDS = Set.of("MICRO", "SMALL", "MEDIUM");
    /** The cohorts the association applies for as a group. */
    static final List<String> GROUP_COHORTS = List.of("CNC-201/1", "LEAN-130/1");
    /** The employers applying for their own seats in DIGITAL courses. */
    static final List<String> APPLYING_EMPLOYERS = List.of(
            "feinwerk",
            "kinzig-werkzeugbau",
            "odenwald-cnc",
            "taunus-software",
            "hessen-plastics",
            "wetterau-elektro",
            "lahn-automation");

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** curriculum-service's default: a completion proves levels when its post-assessment reaches it. */
    static final int PASS_MARK = 60;
    /** The skills-needs objective: staff at level 2 or above in cyber-security hygiene. */
    static final String OBJECTIVE_SKILL = "CYBER-HYG";

    static final int OBJECTIVE_LEVEL = 2;
    static final int OBJECTIVE_TARGET = 100;
    /** The completion-rate objective's course and rate. */
    static final String RATE_COURSE = "CNC-201";

    static final String TARGET_RATE = "0.8";

    private final AllianceApi api;
    private final PrintStream progress;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final DemoPlan plan = DemoPlan.create(today);
    private final List<DemoSummary.DemoUser> users = new ArrayList<>();

    private Session admin;
    private Session coordinator;
    private Session funder;
    private UUID associationId;
    private UUID funderId;
    private UUID allianceId;
    private UUID programmeId;
    private final List<UUID> providerIds = new ArrayList<>();
    private final List<Session> providers = new ArrayList<>();
    private final Map<String, UUID> employerIds = new LinkedHashMap<>();
    private final Map<String, Session> hr = new LinkedHashMap<>();
    private final Map<DemoPlan.Person, UUID> staffIds = new HashMap<>();
    private final Map<UUID, DemoPlan.Person> staffById = new HashMap<>();
    private final Map<String, UUID> skillIds = new HashMap<>();
    private final Map<String, UUID> courseIds = new HashMap<>();
    private final Map<String, UUID> cohortIds = new LinkedHashMap<>();
    private final Set<String> awardedEmployers = new HashSet<>();
    private final Map<String, List<Seat>> seats = new LinkedHashMap<>();
    private long committedMinor;
    private long paidMinor;

    private DemoSeed(AllianceApi api, PrintStream progress) {
        this.api = api;
        this.progress = progress;
    }

    /**
     * Seeds the demo alliance on a running platform (or finds it there) and returns who can log in and what the
     * funder's impact report says; prints a line per step on {@code progress}.
     */
    public static DemoSummary run(PlatformEndpoints endpoints, PrintStream progress) {
        return new DemoSeed(new AllianceApi(endpoints), progress).seed();
    }

    private DemoSummary seed() {
        Instant began = Instant.now();
        admin = api.login(ADMIN, ADMIN_PASSWORD);
        users.add(new DemoSummary.DemoUser(ADMIN, ADMIN_PASSWORD, "alliance-admin", ""));
        Optional<UUID> existing = admin.findAlliance(DemoCast.ALLIANCE);
        if (existing.isPresent()) {
            return existingSummary(existing.get());
        }
        step("the association, the alliance and the funder", this::foundAlliance);
        step("providers and employers admitted, their people invited", this::admitMembers);
        step("staff imported by HR (CSV)", this::importStaff);
        step("skills, courses and cohorts", this::buildCurriculum);
        step("grant programme opened", this::openProgramme);
        step("staff enrolled by HR (CSV)", this::enrolStaff);
        step("a withdrawal", this::withdrawOne);
        step("grant applications and awards", this::applyAndAward);
        step("cohorts run, outcomes recorded", this::runCohorts);
        step("a learner's login, linked to their staff record", this::inviteLearner);
        step("claims approved and paid", this::settleClaims);
        JsonNode report = step("reporting-service caught up", this::awaitReport);
        step("skill profiles and staff ratings", this::assessSkills);
        DemoSummary.SkillsNeeds skillsNeeds = step("completions proved, objectives set", this::setObjectives);
        return new DemoSummary(
                DemoCast.ALLIANCE,
                users,
                programmeId,
                programmeName(),
                report,
                Duration.between(began, Instant.now()),
                false,
                skillsNeeds);
    }

    // -------------------------------------------------------------------------------------------------- the steps

    private String foundAlliance() {
        associationId =
                admin.registerOrganisation(OrganisationSpec.of("ASSOCIATION", DemoCast.ASSOCIATION, "VR 7314", "DE71"));
        funderId = admin.registerOrganisation(OrganisationSpec.of("FUNDER", DemoCast.FUNDER, "HSF 2019", "DE71"));
        List<Invited> people = ConcurrentCalls.all(List.of(
                () -> invite(
                        admin,
                        associationId,
                        DemoCast.ASSOCIATION,
                        "coordinator",
                        "Claudia",
                        "Becker",
                        "coordinator",
                        "metall-digital-hessen.example"),
                () -> invite(
                        admin,
                        funderId,
                        DemoCast.FUNDER,
                        "funder",
                        "Martin",
                        "Vogt",
                        "funder",
                        "hessen-skills-fund.example")));
        coordinator = welcome(people.get(0));
        funder = welcome(people.get(1));
        allianceId = coordinator.createAlliance(new AllianceSpec(
                DemoCast.ALLIANCE, "REGIONAL", List.of("C", "H52", "J62", "J63"), "DE7", CURRENCY, associationId));
        coordinator.activateMembership(funder.applyForMembership(allianceId, funderId, "FUNDER"));
        return "coordinator created the alliance; the funder joined it";
    }

    /**
     * The coordinator registers and admits the members one after another (in the cast's order); each member's person
     * is invited while the next member is registered, four invitations at a time.
     */
    private String admitMembers() {
        List<Invited> invited;
        try (ConcurrentCalls<Invited> invitations = new ConcurrentCalls<>()) {
            int number = 0;
            for (Provider provider : DemoCast.PROVIDERS) {
                UUID id = coordinator.registerOrganisation(OrganisationSpec.of(
                        "TRAINING_PROVIDER", provider.name(), "HRB 9" + (1200 + ++number), provider.region()));
                coordinator.activateMembership(coordinator.applyForMembership(allianceId, id, "PROVIDER"));
                providerIds.add(id);
                invitations.submit(() -> invite(
                        coordinator,
                        id,
                        provider.name(),
                        provider.username(),
                        provider.firstName(),
                        provider.lastName(),
                        "provider",
                        provider.username() + ".example"));
            }
            for (Employer employer : DemoCast.EMPLOYERS) {
                UUID id = coordinator.registerOrganisation(OrganisationSpec.employer(
                        employer.name(),
                        "HRB " + (40_000 + 17 * ++number),
                        employer.region(),
                        employer.sector(),
                        employer.headcount()));
                coordinator.activateMembership(coordinator.applyForMembership(allianceId, id, "MEMBER_EMPLOYER"));
                employerIds.put(employer.slug(), id);
                String[] name = plan.hrNames.get(employer.slug());
                invitations.submit(() -> invite(
                        coordinator,
                        id,
                        employer.name(),
                        "hr-" + employer.slug(),
                        name[0],
                        name[1],
                        "member-admin",
                        employer.domain()));
            }
            invited = invitations.results();
        }
        for (int i = 0; i < DemoCast.PROVIDERS.size(); i++) {
            providers.add(welcome(invited.get(i)));
        }
        for (int i = 0; i < DemoCast.EMPLOYERS.size(); i++) {
            hr.put(DemoCast.EMPLOYERS.get(i).slug(), welcome(invited.get(DemoCast.PROVIDERS.size() + i)));
        }
        return DemoCast.PROVIDERS.size() + " providers and " + DemoCast.EMPLOYERS.size()
                + " employers are active members; " + users.size() + " people invited";
    }

    /** Each employer's HR imports its own file; four employers at a time, since no employer's import reads another's. */
    private String importStaff() {
        List<CsvReport> reports = ConcurrentCalls.all(DemoCast.EMPLOYERS.stream()
                .map(employer -> (Supplier<CsvReport>) () -> importStaffOf(employer))
                .toList());
        for (int e = 0; e < DemoCast.EMPLOYERS.size(); e++) {
            Employer employer = DemoCast.EMPLOYERS.get(e);
            List<DemoPlan.Person> people = plan.staff.get(employer.slug());
            CsvReport report = reports.get(e);
            List<CsvReport.Row> rows = report.rows().stream()
                    .sorted(Comparator.comparingLong(CsvReport.Row::line))
                    .toList();
            if (report.created() != people.size() || rows.size() != people.size()) {
                throw new IllegalStateException(
                        "the staff import of " + employer.slug() + " did not create every row: " + report);
            }
            for (int i = 0; i < people.size(); i++) {
                staffIds.put(people.get(i), rows.get(i).id());
                staffById.put(rows.get(i).id(), people.get(i));
            }
        }
        long consented =
                staffIds.keySet().stream().filter(DemoPlan.Person::consent).count();
        return staffIds.size() + " staff of " + DemoCast.EMPLOYERS.size() + " employers (" + consented
                + " consented to equity reporting)";
    }

    private CsvReport importStaffOf(Employer employer) {
        ImportFile csv = ImportFile.staff();
        for (DemoPlan.Person person : plan.staff.get(employer.slug())) {
            csv.row(
                    person.firstName(),
                    person.lastName(),
                    person.email(),
                    person.employmentStart(),
                    person.isco(),
                    person.consent() ? "yes" : "no",
                    person.gender(),
                    person.ageBand());
        }
        return hr.get(employer.slug()).importStaff(employerIds.get(employer.slug()), csv.toString());
    }

    private String buildCurriculum() {
        for (DemoCast.Skill skill : DemoCast.SKILLS) {
            skillIds.put(skill.code(), coordinator.addSkill(skill.code(), skill.name(), skill.category(), null));
        }
        for (Course course : DemoCast.COURSES) {
            Session provider = providers.get(course.provider());
            List<CourseSpec.SkillTarget> targets = course.skills().stream()
                    .map(s -> s.split(":"))
                    .map(s -> new CourseSpec.SkillTarget(skillIds.get(s[0]), Integer.parseInt(s[1])))
                    .toList();
            CourseSpec spec = new CourseSpec(
                    allianceId,
                    course.code(),
                    course.title(),
                    course.description(),
                    providerIds.get(course.provider()),
                    course.deliveryMode(),
                    new BigDecimal(course.hours()),
                    targets,
                    course.tags(),
                    course.credential());
            UUID id = lagging(() -> provider.draftCourse(spec));
            lagging(() -> coordinator.publishCourse(id));
            courseIds.put(course.code(), id);
        }
        for (Cohort cohort : DemoCast.COHORTS) {
            CohortSpec spec = CohortSpec.of(
                    courseIds.get(cohort.course()),
                    associationId,
                    today,
                    today,
                    today,
                    today,
                    cohort.capacity(),
                    cohort.minParticipants(),
                    cohort.quota(),
                    new CohortSpec.Cost(cohort.pricing(), cohort.amountMinor(), CURRENCY));
            UUID id = lagging(() -> coordinator.scheduleCohort(spec));
            coordinator.openCohort(id);
            cohortIds.put(cohort.key(), id);
            // funding-service learns of the cohort from curriculum's events
            lagging(() -> coordinator.chooseCostSharing(id, associationId, cohort.rule(), cohort.baseFee()));
        }
        int seatsOffered = DemoCast.COHORTS.stream().mapToInt(Cohort::capacity).sum();
        return DemoCast.SKILLS.size() + " skills, " + DemoCast.COURSES.size() + " courses published, "
                + DemoCast.COHORTS.size() + " cohorts open with " + seatsOffered + " seats";
    }

    private String openProgramme() {
        int year = today.getYear();
        programmeId = funder.draftProgramme(new ProgrammeSpec(
                funderId,
                programmeName(),
                CURRENCY,
                25_000_000,
                LocalDate.of(year, 1, 1).toString(),
                LocalDate.of(year, 12, 31).toString(),
                List.of(allianceId),
                List.of("MICRO", "SMALL", "MEDIUM"),
                List.of(),
                List.of("DE7"),
                List.of(REQUIRED_TAG),
                List.of(
                        ProgrammeSpec.BandRule.of("MICRO", "0.9", 700, "0.1"),
                        ProgrammeSpec.BandRule.of("SMALL", "0.8", 500, "0.1"),
                        ProgrammeSpec.BandRule.of("MEDIUM", "0.75", 300, "0.25")),
                250_000L,
                1_200_000L,
                5));
        funder.openProgramme(programmeId, funderId);
        return "\"" + programmeName() + "\": EUR 250,000.00 for micro, small and medium employers, DIGITAL courses";
    }

    private String enrolStaff() {
        int rows = 0;
        for (Employer employer : plan.uploadOrder) {
            List<String[]> file = plan.requests.get(employer.slug()).stream()
                    .map(r -> new String[] {
                        employerIds.get(employer.slug()).toString(),
                        staffIds.get(r.person()).toString(),
                        cohortIds.get(r.cohort()).toString()
                    })
                    .toList();
            uploadEnrolments(hr.get(employer.slug()), employer, file);
            rows += file.size();
        }
        int confirmed = 0;
        int waiting = 0;
        for (UUID cohort : cohortIds.values()) {
            for (Enrolment enrolment : coordinator.enrolmentsOfCohort(cohort)) {
                confirmed += enrolment.status().equals("CONFIRMED") ? 1 : 0;
                waiting += enrolment.status().equals("WAITLISTED") ? 1 : 0;
            }
        }
        return rows + " requests from " + plan.requests.size() + " employers: " + confirmed + " confirmed, " + waiting
                + " on waitlists";
    }

    private void uploadEnrolments(Session session, Employer employer, List<String[]> rows) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<String[]> pending = rows;
        while (!pending.isEmpty()) {
            ImportFile csv = ImportFile.enrolments();
            pending.forEach(row -> csv.row((Object[]) row));
            CsvReport report = session.importEnrolments(csv.toString());
            List<String[]> lagging = new ArrayList<>();
            for (CsvReport.Row row : report.rows()) {
                if (!row.outcome().equals("REJECTED")) {
                    continue;
                }
                String errors = String.join("; ", row.errors());
                boolean notYetKnown = errors.contains("is not registered")
                        || errors.contains("is not a member")
                        || errors.contains("APPLIED");
                if (!notYetKnown || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the enrolment file of " + employer.slug() + " was refused at line "
                            + row.line() + ": " + errors);
                }
                lagging.add(pending.get((int) row.line() - 2));
            }
            if (!lagging.isEmpty()) {
                Pause.pause(Eventually.POLL);
            }
            pending = lagging;
        }
    }

    private String withdrawOne() {
        UUID cohortId = cohortIds.get("CNC-201/1");
        List<Enrolment> before = coordinator.enrolmentsOfCohort(cohortId);
        Optional<Enrolment> firstWaiter = before.stream()
                .filter(e -> e.status().equals("WAITLISTED"))
                .min(Comparator.comparing(Enrolment::waitlistPosition));
        if (firstWaiter.isEmpty()) {
            return "no waitlist in CNC-201/1: nothing to withdraw";
        }
        Enrolment withdrawn = before.stream()
                .filter(e -> e.status().equals("CONFIRMED"))
                .filter(e -> e.employerId().equals(firstWaiter.get().employerId()))
                .findFirst()
                .orElseGet(() -> before.stream()
                        .filter(e -> e.status().equals("CONFIRMED"))
                        .findFirst()
                        .orElseThrow());
        DemoPlan.Person leaving = staffById.get(withdrawn.staffId());
        hr.get(leaving.employer().slug()).withdraw(withdrawn.id(), withdrawn.employerId());
        Set<UUID> waitingBefore = before.stream()
                .filter(e -> e.status().equals("WAITLISTED"))
                .map(Enrolment::id)
                .collect(Collectors.toSet());
        String promoted = coordinator.enrolmentsOfCohort(cohortId).stream()
                .filter(e -> waitingBefore.contains(e.id()) && e.status().equals("CONFIRMED"))
                .map(e -> "a waiter of " + staffById.get(e.staffId()).employer().slug())
                .collect(Collectors.joining(", "));
        return "hr-" + leaving.employer().slug() + " withdrew one seat of CNC-201/1; promoted: "
                + (promoted.isEmpty() ? "none" : promoted);
    }

    private String applyAndAward() {
        for (String key : GROUP_COHORTS) {
            UUID cohortId = cohortIds.get(key);
            long amount = key.startsWith("CNC") ? 2_400_000 : 1_500_000;
            UUID application = lagging(() -> coordinator.applyForGrant(
                    new ApplicationSpec(programmeId, associationId, "ASSOCIATION", cohortId, amount, CURRENCY)));
            award(application, amount);
        }
        for (String slug : APPLYING_EMPLOYERS) {
            UUID employerId = employerIds.get(slug);
            UUID application = lagging(() -> hr.get(slug)
                    .applyForGrant(new ApplicationSpec(programmeId, employerId, "EMPLOYER", null, 400_000, CURRENCY)));
            award(application, 350_000);
            awardedEmployers.add(slug);
        }
        return (GROUP_COHORTS.size() + APPLYING_EMPLOYERS.size()) + " awards, " + money(committedMinor)
                + " committed (" + GROUP_COHORTS.size() + " for whole cohorts to the association, "
                + APPLYING_EMPLOYERS.size() + " to employers)";
    }

    private void award(UUID application, long amount) {
        funder.reviewApplication(application, funderId);
        funder.award(application, funderId, amount, CURRENCY);
        committedMinor += amount;
    }

    /**
     * The cohorts run one after another (funding's claims of one cohort count the caps its employers used in the ones
     * before); within a cohort the outcomes are recorded in the participants' order, one after another (curriculum-service
     * locks the cohort's row for each, so recording them four at a time gained nothing), and the cohort completes once
     * all are in.
     */
    private String runCohorts() {
        int outcomes = 0;
        int cohortNumber = 0;
        for (Cohort cohort : DemoCast.COHORTS) {
            UUID cohortId = cohortIds.get(cohort.key());
            Course course = course(cohort.course());
            coordinator.startCohort(cohortId);
            List<Enrolment> confirmed = coordinator.enrolmentsOfCohort(cohortId).stream()
                    .filter(e -> e.status().equals("CONFIRMED"))
                    .sorted(Comparator.comparing(
                            (Enrolment e) -> staffById.get(e.staffId()).order()))
                    .toList();
            Random outcomesRandom = new Random(DemoPlan.SEED + ++cohortNumber);
            Session provider = providers.get(course.provider());
            UUID providerId = providerIds.get(course.provider());
            List<Seat> cohortSeats = new ArrayList<>();
            for (Enrolment enrolment : confirmed) {
                OutcomeSpec outcome = outcome(course, providerId, outcomesRandom);
                provider.recordOutcome(enrolment.id(), outcome);
                cohortSeats.add(new Seat(
                        cohort,
                        staffById.get(enrolment.staffId()),
                        outcome.outcome(),
                        outcome.postScore(),
                        Boolean.TRUE.equals(outcome.credentialAwarded())));
                outcomes++;
            }
            seats.put(cohort.key(), cohortSeats);
            coordinator.completeCohort(cohortId);
        }
        long completed = seats.values().stream()
                .flatMap(List::stream)
                .filter(s -> s.outcome.equals("COMPLETED"))
                .count();
        return DemoCast.COHORTS.size() + " cohorts ran and completed; " + outcomes + " outcomes (" + completed
                + " completed)";
    }

    /**
     * The first employer's HR invites the earliest of its staff (in the plan's order) whose completion earned a
     * credential as a learner, linked to that staff record; the learner then sees their own enrolments, and only those.
     */
    private String inviteLearner() {
        Employer first = DemoCast.EMPLOYERS.getFirst();
        UUID employerId = employerIds.get(first.slug());
        DemoPlan.Person person = seats.values().stream()
                .flatMap(List::stream)
                .filter(seat -> seat.credential && seat.staff.employer().slug().equals(first.slug()))
                .map(Seat::staff)
                .min(Comparator.comparing(DemoPlan.Person::order))
                .orElseThrow(
                        () -> new IllegalStateException("no staff member of " + first.name() + " earned a credential"));
        UUID staffId = staffIds.get(person);
        Session learner = welcome(invite(
                hr.get(first.slug()),
                employerId,
                first.name(),
                LEARNER,
                person.firstName(),
                person.lastName(),
                "learner",
                first.domain(),
                staffId));
        List<Enrolment> own =
                learner.all("/api/enrolments").stream().map(Enrolment::of).toList();
        if (own.isEmpty() || own.stream().anyMatch(e -> !e.staffId().equals(staffId))) {
            throw new IllegalStateException("the learner " + LEARNER + " should see the enrolments of staff member "
                    + staffId + " only, and sees " + own);
        }
        long credentials = own.stream()
                .filter(e -> e.json().path("outcome").path("credentialAwarded").asBoolean())
                .count();
        learner.credential(own.stream()
                .filter(e -> e.json().path("outcome").path("credentialAwarded").asBoolean())
                .findFirst()
                .orElseThrow()
                .id());
        return LEARNER + " is " + person.firstName() + " " + person.lastName() + " of " + first.name() + ": "
                + own.size() + " enrolments, " + credentials + " credentials (Open Badges) of their own";
    }

    private String settleClaims() {
        long expectedSeats = coveredSeats().stream()
                .filter(s -> s.outcome.equals("COMPLETED"))
                .count();
        List<JsonNode> claims =
                Eventually.until("funding-service to claim " + expectedSeats + " completed seats", PATIENCE, () -> {
                    List<JsonNode> all = funder.claims(programmeId);
                    long claimed =
                            all.stream().mapToLong(c -> c.path("seats").size()).sum();
                    return claimed == expectedSeats ? Optional.of(all) : Optional.empty();
                });
        Map<UUID, Integer> cohortOrder = new HashMap<>();
        cohortIds.values().forEach(id -> cohortOrder.put(id, cohortOrder.size()));
        List<UUID> employerOrder = new ArrayList<>(employerIds.values());
        List<JsonNode> ordered = claims.stream()
                .sorted(Comparator.comparing((JsonNode c) -> cohortOrder.get(Session.uuid(c, "cohortId")))
                        .thenComparing(c -> employerOrder.indexOf(Session.uuid(c, "employerId"))))
                .toList();
        int paid = 0;
        int rejected = 0;
        for (JsonNode claim : ordered) {
            UUID claimId = Session.uuid(claim, "id");
            if (claim.path("claimedMinor").asLong() == 0) {
                funder.rejectClaim(claimId, funderId, "nothing left to reimburse under the programme's caps");
                rejected++;
                continue;
            }
            long approved;
            try {
                approved = funder.approveClaim(claimId, funderId)
                        .path("approvedMinor")
                        .asLong();
            } catch (ApiCallFailed refused) {
                if (refused.status() != 422) {
                    throw refused;
                }
                funder.rejectClaim(claimId, funderId, "the award has nothing left");
                rejected++;
                continue;
            }
            funder.payClaim(claimId, funderId);
            paidMinor += approved;
            paid++;
        }
        return paid + " claims paid, " + money(paidMinor) + " disbursed"
                + (rejected == 0 ? "" : ", " + rejected + " rejected (caps reached)");
    }

    private JsonNode awaitReport() {
        List<Seat> covered = coveredSeats();
        long expected = covered.size();
        return Eventually.until(
                "reporting-service to show " + expected + " covered seats and " + money(paidMinor) + " disbursed",
                PATIENCE,
                () -> {
                    JsonNode report = funder.impactReport(programmeId);
                    boolean current = report.path("enrolments").asLong() == expected
                            && report.path("outcomesRecorded").asLong() == expected
                            && report.path("seatsWithoutCostShares").asLong() == 0
                            && report.path("grantCommittedMinor").asLong() == committedMinor
                            && report.path("grantDisbursedMinor").asLong() == paidMinor;
                    return current ? Optional.of(report) : Optional.empty();
                });
    }

    /**
     * The coordinator publishes the standard profiles for the staff's job roles; HR records the managers' ratings and
     * self-assessments of the plan: each employer's in the plan's order, four employers at a time (each HR has a rate
     * limit of its own).
     */
    private String assessSkills() {
        for (DemoCast.Profile profile : DemoCast.PROFILES) {
            List<ProfileSpec.Target> targets = profile.skills().stream()
                    .map(s -> s.split(":"))
                    .map(s -> new ProfileSpec.Target(skillIds.get(s[0]), Integer.parseInt(s[1])))
                    .toList();
            coordinator.publishProfile(ProfileSpec.standard(allianceId, profile.isco(), profile.name(), targets));
        }
        Map<String, List<DemoPlan.Rating>> byEmployer = plan.ratings.stream()
                .collect(Collectors.groupingBy(
                        r -> r.person().employer().slug(), LinkedHashMap::new, Collectors.toList()));
        List<Supplier<Integer>> employers = new ArrayList<>();
        for (Map.Entry<String, List<DemoPlan.Rating>> employer : byEmployer.entrySet()) {
            Session session = hr.get(employer.getKey());
            employers.add(() -> {
                for (DemoPlan.Rating rating : employer.getValue()) {
                    session.recordSkillLevel(
                            staffIds.get(rating.person()),
                            skillIds.get(rating.skill()),
                            rating.level(),
                            rating.source(),
                            today.minusDays(rating.daysAgo()));
                }
                return employer.getValue().size();
            });
        }
        ConcurrentCalls.all(employers);
        long rated =
                plan.ratings.stream().map(DemoPlan.Rating::person).distinct().count();
        long self = plan.ratings.stream().filter(r -> r.source().equals("SELF")).count();
        return DemoCast.PROFILES.size() + " standard profiles; " + (plan.ratings.size() - self)
                + " manager ratings and " + self + " self-assessments of " + rated + " staff";
    }

    /**
     * Waits until curriculum-service has proved the levels of every passed completion (from its own events), so that
     * the objectives' baselines are the same on every run, then sets the alliance's objectives.
     */
    private DemoSummary.SkillsNeeds setObjectives() {
        long expected = seats.values().stream()
                .flatMap(List::stream)
                .filter(Seat::passed)
                .mapToLong(s -> course(s.cohort().course()).skills().size())
                .sum();
        Eventually.until(
                "curriculum-service to prove " + expected + " skill levels from passed completions", PATIENCE, () -> {
                    long proved = employerIds.values().stream()
                            .mapToLong(id -> admin.count("/api/skills/records?source=COURSE&employerId=" + id))
                            .sum();
                    return proved == expected ? Optional.of(proved) : Optional.empty();
                });
        LocalDate levelBy = today.plusMonths(18);
        coordinator.setObjective(ObjectiveSpec.staffAtLevel(
                allianceId,
                OBJECTIVE_TARGET + " staff at level " + OBJECTIVE_LEVEL + " or above in cyber-security hygiene by "
                        + levelBy,
                skillIds.get(OBJECTIVE_SKILL),
                OBJECTIVE_LEVEL,
                OBJECTIVE_TARGET,
                levelBy));
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        LocalDate rateBy = yearEnd.isAfter(today) ? yearEnd : yearEnd.plusYears(1);
        coordinator.setObjective(ObjectiveSpec.completionRate(
                allianceId,
                "80% completion rate in " + RATE_COURSE + " cohorts by " + rateBy,
                courseIds.get(RATE_COURSE),
                TARGET_RATE,
                LocalDate.of(today.getYear(), 1, 1),
                rateBy));
        return skillsNeeds(coordinator, allianceId, employerIds.values());
    }

    /** The skills-needs side of the alliance as its coordinator (or the admin) sees it. */
    private DemoSummary.SkillsNeeds skillsNeeds(
            Session asCoordinator, UUID alliance, java.util.Collection<UUID> employers) {
        Map<String, Long> records = new LinkedHashMap<>();
        for (String source : List.of("COURSE", "MANAGER", "SELF")) {
            records.put(
                    source,
                    employers.stream()
                            .mapToLong(id -> admin.count("/api/skills/records?source=" + source + "&employerId=" + id))
                            .sum());
        }
        return new DemoSummary.SkillsNeeds(
                admin.count("/api/skills/profiles?allianceId=" + alliance + "&scope=STANDARD"),
                records,
                asCoordinator.gapMap(alliance),
                asCoordinator.objectives(alliance));
    }

    // ------------------------------------------------------------------------------------------------ the choices

    /** How one participant fared: the course's no-show and drop-out shares, scores around its mean gain. */
    private static OutcomeSpec outcome(Course course, UUID providerId, Random random) {
        BigDecimal hours = new BigDecimal(course.hours());
        double draw = random.nextDouble();
        if (draw < course.noShow()) {
            return OutcomeSpec.noShow(providerId);
        }
        int pre = clamp((int) Math.round(45 + 13 * random.nextGaussian()), 5, 90);
        if (draw < course.noShow() + course.notCompleted()) {
            BigDecimal attended = halfHours(hours.doubleValue() * (0.2 + 0.4 * random.nextDouble()));
            Integer post = random.nextDouble() < 0.4 ? clamp(pre + random.nextInt(12) - 4, 0, 100) : null;
            Integer satisfaction = random.nextDouble() < 0.7 ? 1 + random.nextInt(3) : null;
            return new OutcomeSpec(providerId, "NOT_COMPLETED", attended, pre, post, satisfaction, false);
        }
        BigDecimal attended = halfHours(hours.doubleValue() * (0.8 + 0.2 * random.nextDouble()))
                .min(hours);
        Integer post = random.nextDouble() < 0.08
                ? null
                : clamp(pre + (int) Math.round(course.meanGain() + 9 * random.nextGaussian()), 0, 100);
        Integer satisfaction = random.nextDouble() < 0.1
                ? null
                : DemoPlan.weighted(List.of(5, 4, 3, 2, 1), new double[] {0.4, 0.36, 0.16, 0.06, 0.02}, random);
        boolean credential = course.credential() != null && random.nextDouble() < 0.93;
        return new OutcomeSpec(providerId, "COMPLETED", attended, pre, post, satisfaction, credential);
    }

    /**
     * The seats the programme's report covers (DESIGN section 3): seats of eligible employers (micro, small, medium;
     * all the demo's employers are in region DE7) in the group-awarded cohorts, and the awarded employers' seats in
     * DIGITAL courses.
     */
    private List<Seat> coveredSeats() {
        List<Seat> covered = new ArrayList<>();
        for (Seat seat : seats.values().stream().flatMap(List::stream).toList()) {
            Employer employer = seat.staff.employer();
            boolean eligible = ELIGIBLE_BANDS.contains(employer.sizeBand())
                    && employer.region().startsWith("DE7");
            boolean awarded = GROUP_COHORTS.contains(seat.cohort.key())
                    || (awardedEmployers.contains(employer.slug())
                            && course(seat.cohort.course()).tags().contains(REQUIRED_TAG));
            if (eligible && awarded) {
                covered.add(seat);
            }
        }
        return covered;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Invited invite(
            Session inviter,
            UUID organisationId,
            String organisation,
            String username,
            String firstName,
            String lastName,
            String role,
            String domain) {
        return invite(inviter, organisationId, organisation, username, firstName, lastName, role, domain, null);
    }

    /**
     * Invites a person and logs them in; safe to call from several threads, since the seed adds the person to its
     * {@link #users} only in {@link #welcome}, in its own order.
     */
    private Invited invite(
            Session inviter,
            UUID organisationId,
            String organisation,
            String username,
            String firstName,
            String lastName,
            String role,
            String domain,
            UUID staffId) {
        String email = (firstName + "." + lastName).toLowerCase(Locale.ROOT) + "@" + domain;
        inviter.invite(organisationId, new InvitationSpec(username, email, firstName, lastName, role, staffId));
        // demo only: Keycloak has emailed the person the set-password link (./alliance mail shows it); the demo's
        // people get the README's known password from the operator instead, so that anyone can sign in as them
        api.setPasswordAsOperator(username, PASSWORD);
        return new Invited(
                new DemoSummary.DemoUser(username, PASSWORD, role, organisation), api.login(username, PASSWORD));
    }

    /** Adds an invited person to the demo's users and returns their session. */
    private Session welcome(Invited person) {
        users.add(person.user());
        return person.session();
    }

    private DemoSummary existingSummary(UUID existingAlliance) {
        progress.println("demo: the demo alliance exists already (" + existingAlliance + "); nothing is written");
        JsonNode programme = admin.all("/api/programmes?allianceId=" + existingAlliance).stream()
                .filter(p -> p.path("name").asString().equals(programmeName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo alliance exists, its programme does not"));
        UUID id = Session.uuid(programme, "id");
        List<DemoSummary.DemoUser> known = new ArrayList<>();
        known.add(new DemoSummary.DemoUser("coordinator", PASSWORD, "coordinator", DemoCast.ASSOCIATION));
        known.add(new DemoSummary.DemoUser("funder", PASSWORD, "funder", DemoCast.FUNDER));
        for (Provider provider : DemoCast.PROVIDERS) {
            known.add(new DemoSummary.DemoUser(provider.username(), PASSWORD, "provider", provider.name()));
        }
        for (Employer employer : DemoCast.EMPLOYERS) {
            known.add(new DemoSummary.DemoUser("hr-" + employer.slug(), PASSWORD, "member-admin", employer.name()));
        }
        known.add(new DemoSummary.DemoUser(
                LEARNER, PASSWORD, "learner", DemoCast.EMPLOYERS.getFirst().name()));
        users.addAll(known);
        List<UUID> employers = admin.all("/api/memberships?allianceId=" + existingAlliance).stream()
                .filter(m -> m.path("role").asString().equals("MEMBER_EMPLOYER"))
                .map(m -> Session.uuid(m, "organisationId"))
                .toList();
        return new DemoSummary(
                DemoCast.ALLIANCE,
                users,
                id,
                programmeName(),
                admin.impactReport(id),
                Duration.ZERO,
                true,
                skillsNeeds(admin, existingAlliance, employers));
    }

    private <T> T step(String what, Supplier<T> work) {
        Instant began = Instant.now();
        T result = work.get();
        progress.printf(
                Locale.ROOT,
                "demo: %-50s %6.1f s  %s%n",
                what,
                Duration.between(began, Instant.now()).toMillis() / 1000.0,
                result instanceof String text
                        ? text
                        : result instanceof JsonNode report
                                ? "the funder's impact report is current as of "
                                        + report.path("currentAsOf").asString()
                                : result instanceof DemoSummary.SkillsNeeds needs
                                        ? needs.records().get("COURSE") + " levels proved by completions; "
                                                + needs.objectives().size() + " objectives set"
                                        : "");
        return result;
    }

    private static <T> T lagging(Supplier<T> call) {
        return Eventually.retrying(PATIENCE, Eventually::notYetKnown, call);
    }

    private String programmeName() {
        return "Digital Skills for SMEs " + today.getYear();
    }

    private Course course(String code) {
        return DemoCast.COURSES.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static BigDecimal halfHours(double hours) {
        return BigDecimal.valueOf(Math.round(hours * 2) / 2.0).setScale(2, RoundingMode.HALF_UP);
    }

    private static String money(long minor) {
        return CURRENCY + " " + String.format(Locale.ENGLISH, "%,.2f", BigDecimal.valueOf(minor, 2));
    }

    /** A person the seed invited, logged in. */
    private record Invited(DemoSummary.DemoUser user, Session session) {}

    /** A seat at the cohort's start and the outcome recorded for it. */
    private record Seat(Cohort cohort, DemoPlan.Person staff, String outcome, Integer postScore, boolean credential) {

        /** Whether the completion proves the course's levels (curriculum-service's default pass mark). */
        boolean passed() {
            return outcome.equals("COMPLETED") && postScore != null && postScore >= PASS_MARK;
        }
    }
}
