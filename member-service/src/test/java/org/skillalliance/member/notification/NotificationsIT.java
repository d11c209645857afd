package org.skillalliance.member.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TestMail;
import org.skillalliance.testsupport.TestMail.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Notifications on real infrastructure: the other services' events published to the real broker as they publish
 * them, emails received by a real SMTP server (GreenMail, {@link TestMail}), people and tokens from the real Keycloak. Each kind
 * arrives once at the right address and nowhere else, also when its event is delivered three times and when two
 * schedulers look for starting cohorts at once; a person who turned a kind off gets none.
 */
@RealInfrastructure(keycloak = true)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"skillalliance.notifications.send-every=200ms", "skillalliance.notifications.reminder-every=1h"})
class NotificationsIT {

    static final EventRegistry REGISTRY = EventRegistry.standard();

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationIntake intake;

    ApiClient admin;
    MemberFixtures fixtures;
    UUID employer;
    UUID courseId;
    UUID cohortId;
    final List<UUID> published = new ArrayList<>();

    @BeforeEach
    void world() {
        admin = Callers.asAdmin(port);
        fixtures = new MemberFixtures(admin);
        employer = fixtures.registerEmployer(30); // in Germany: its people read German unless they choose otherwise
        courseId = UUID.randomUUID();
        cohortId = UUID.randomUUID();
        curriculum(
                EventTypes.COURSE_PUBLISHED,
                courseId,
                new CoursePublished(
                        courseId,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "CNC-" + courseId.toString().substring(0, 4),
                        "CNC-Fräsen " + courseId.toString().substring(0, 6),
                        DeliveryMode.BLENDED,
                        new BigDecimal("24"),
                        List.of(new CourseSkill(UUID.randomUUID(), "local:cnc", SkillCategory.DIGITAL, 3)),
                        List.of(),
                        null));
        scheduleCohort(cohortId, LocalDate.now().plusDays(30));
    }

    @Test
    void eachEnrolmentNewsReachesItsLearnerOnceInTheirLanguageAlsoWhenDeliveredThreeTimes() {
        String anna = address("anna");
        String ben = address("ben");
        String bystander = address("bystander");
        UUID annaId = fixtures.registerStaff(employer, anna);
        UUID benId = fixtures.registerStaff(employer, ben);
        fixtures.registerStaff(employer, bystander);
        UUID annaSeat = UUID.randomUUID();
        UUID benSeat = UUID.randomUUID();
        // Ben reads English: his own choice, through his login
        TestKeycloak.Person benLogin = TestKeycloak.instance().createLearner(employer, benId);
        ApiClient benApi =
                ApiClient.onPort(port).withToken(TestKeycloak.instance().token(benLogin));
        assertThat(benApi.put("/api/notifications/preferences", Map.of("muted", List.of(), "language", "en"))
                        .status())
                .isEqualTo(200);

        EventEnvelope confirmed = envelope(
                EventTypes.ENROLMENT_CONFIRMED,
                cohortId,
                new EnrolmentConfirmed(
                        annaSeat, cohortId, courseId, annaId, employer, EnrolmentStatus.CONFIRMED, null, null));
        for (int delivery = 0; delivery < 3; delivery++) {
            send(Topics.CURRICULUM, confirmed);
        }
        curriculum(
                EventTypes.ENROLMENT_WAITLISTED,
                cohortId,
                new EnrolmentWaitlisted(
                        benSeat, cohortId, courseId, benId, employer, EnrolmentStatus.WAITLISTED, null, 2));
        curriculum(
                EventTypes.ENROLMENT_WITHDRAWN,
                cohortId,
                new EnrolmentWithdrawn(
                        annaSeat,
                        cohortId,
                        courseId,
                        annaId,
                        employer,
                        EnrolmentStatus.WITHDRAWN,
                        EnrolmentStatus.CONFIRMED,
                        null));
        curriculum(
                EventTypes.ENROLMENT_PROMOTED,
                cohortId,
                new EnrolmentPromoted(
                        benSeat,
                        cohortId,
                        courseId,
                        benId,
                        employer,
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITLISTED,
                        1));

        List<Mail> toAnna = awaitMessages(anna, 2);
        List<Mail> toBen = awaitMessages(ben, 2);
        assertThat(subjects(toAnna))
                .containsExactlyInAnyOrder(
                        "Ihr Platz in " + courseTitle() + " ist bestätigt",
                        "Ihre Anmeldung zu " + courseTitle() + " wurde zurückgezogen");
        assertThat(subjects(toBen))
                .containsExactlyInAnyOrder(
                        "You are on the waitlist for " + courseTitle(),
                        "A place in " + courseTitle() + " is now yours");
        assertThat(body(toBen, "waitlist"))
                .startsWith("Hello Ada,")
                .contains("You are number 2 on its waitlist")
                .contains(LocalDate.now()
                        .plusDays(30)
                        .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                .withLocale(java.util.Locale.ENGLISH)));
        awaitConsumed();
        // three deliveries of one event, four events: four emails, and nothing for anyone else
        assertThat(messagesTo(anna)).hasSize(2);
        assertThat(messagesTo(ben)).hasSize(2);
        assertThat(messagesTo(bystander)).isEmpty();

        // Ben's own list: newest first, unread, rendered in his language; Anna's notifications are not his
        ApiClient.Response list = benApi.get("/api/notifications");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("items")).hasSize(2);
        assertThat(list.json().path("items").get(0).path("kind").asString()).isEqualTo("enrolment-promoted");
        assertThat(list.json().path("items").get(0).path("readAt").isNull()).isTrue();
        String promoted = list.json().path("items").get(0).path("id").asString();
        assertThat(benApi.post("/api/notifications/" + promoted + "/read")
                        .json()
                        .path("readAt")
                        .isNull())
                .isFalse();
        assertThat(benApi.get("/api/notifications?unread=true").json().path("items"))
                .hasSize(1);

        TestKeycloak.Person annaLogin = TestKeycloak.instance().createLearner(employer, annaId);
        ApiClient annaApi =
                ApiClient.onPort(port).withToken(TestKeycloak.instance().token(annaLogin));
        ApiClient.Response annas = annaApi.get("/api/notifications");
        assertThat(annas.json().path("items")).hasSize(2);
        assertThat(annas.json().path("items").get(1).path("subject").asString())
                .isEqualTo("Ihr Platz in " + courseTitle() + " ist bestätigt");
        assertThat(annaApi.post("/api/notifications/" + promoted + "/read").status())
                .isEqualTo(404);
    }

    @Test
    void aLearnerWhoTurnedAKindOffGetsNoneOfItButStillTheOthers() {
        String carla = address("carla");
        UUID carlaId = fixtures.registerStaff(employer, carla);
        TestKeycloak.Person login = TestKeycloak.instance().createLearner(employer, carlaId);
        ApiClient carlaApi =
                ApiClient.onPort(port).withToken(TestKeycloak.instance().token(login));
        ApiClient.Response saved =
                carlaApi.put("/api/notifications/preferences", Map.of("muted", List.of("enrolment-confirmed")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("language").asString()).isEqualTo("de");
        assertThat(saved.json().path("languageDefault").asBoolean()).isTrue();

        UUID seat = UUID.randomUUID();
        curriculum(
                EventTypes.ENROLMENT_CONFIRMED,
                cohortId,
                new EnrolmentConfirmed(
                        seat, cohortId, courseId, carlaId, employer, EnrolmentStatus.CONFIRMED, null, null));
        cohortStatus(cohortId, LocalDate.now().plusDays(30), CohortStatus.CANCELLED, CohortStatus.OPEN);
        curriculum(
                EventTypes.ENROLMENT_CANCELLED,
                cohortId,
                new EnrolmentCancelled(
                        seat,
                        cohortId,
                        courseId,
                        carlaId,
                        employer,
                        EnrolmentStatus.CANCELLED,
                        EnrolmentStatus.CONFIRMED,
                        null));

        List<Mail> received = awaitMessages(carla, 1);
        awaitConsumed();
        assertThat(subjects(received)).containsExactly(courseTitle() + " wurde abgesagt");
        assertThat(carlaApi.get("/api/notifications").json().path("items")).hasSize(1);
        assertThat(count("select count(*) from notification where recipient = 'staff:" + carlaId + "'"))
                .isOne();
    }

    @Test
    void preferencesNameTheFieldThatIsWrong() {
        UUID staffId = fixtures.registerStaff(employer, address("dora"));
        TestKeycloak.Person login = TestKeycloak.instance().createLearner(employer, staffId);
        ApiClient api = ApiClient.onPort(port).withToken(TestKeycloak.instance().token(login));

        ApiClient.Response refused = api.put(
                "/api/notifications/preferences",
                Map.of("language", "fr", "muted", List.of("enrolment-confirmed", "claim-paid")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").toString())
                .contains("language")
                .contains("muted[1]")
                .doesNotContain("muted[0]");
        assertThat(count("select count(*) from notification_preference where person = 'staff:" + staffId + "'"))
                .isZero();
        // a provider has no notifications
        String provider = Callers.tokenFor("provider", fixtures.register("TRAINING_PROVIDER"));
        assertThat(ApiClient.onPort(port)
                        .withToken(provider)
                        .get("/api/notifications")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void twoSchedulersAnnouncingTheSameStartSendOneMessagePerLearner() throws Exception {
        String eva = address("eva");
        String finn = address("finn");
        UUID evaId = fixtures.registerStaff(employer, eva);
        UUID finnId = fixtures.registerStaff(employer, finn);
        UUID soon = UUID.randomUUID();
        scheduleCohort(soon, LocalDate.now().plusDays(5));
        curriculum(
                EventTypes.ENROLMENT_CONFIRMED,
                soon,
                new EnrolmentConfirmed(
                        UUID.randomUUID(), soon, courseId, evaId, employer, EnrolmentStatus.CONFIRMED, null, null));
        curriculum(
                EventTypes.ENROLMENT_WAITLISTED,
                soon,
                new EnrolmentWaitlisted(
                        UUID.randomUUID(), soon, courseId, finnId, employer, EnrolmentStatus.WAITLISTED, null, 1));
        awaitConsumed();

        // two instances' schedulers at the same moment, each in its own transaction
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> announceAfter(together));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> announceAfter(together));
        first.get();
        second.get();
        intake.announceStartingCohorts();

        List<Mail> toEva = awaitMessages(eva, 2);
        assertThat(subjects(toEva))
                .containsExactlyInAnyOrder(
                        "Ihr Platz in " + courseTitle() + " ist bestätigt",
                        courseTitle() + " beginnt am "
                                + LocalDate.now()
                                        .plusDays(5)
                                        .format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                                                        java.time.format.FormatStyle.LONG)
                                                .withLocale(java.util.Locale.GERMAN)));
        // the waitlisted learner holds no seat, so no start notice: only the waitlist message
        assertThat(subjects(awaitMessages(finn, 1)))
                .containsExactly("Sie stehen auf der Warteliste für " + courseTitle());
        assertThat(count("select count(*) from notification where kind = 'COHORT_STARTING' and occasion = "
                        + "'cohort-starting:" + soon + "'"))
                .isOne();
    }

    @Test
    void anOrganisationsNewsReachesItsMemberAdminsAndNobodyElse() {
        UUID otherEmployer = fixtures.registerEmployer(12);
        TestKeycloak keycloak = TestKeycloak.instance();
        TestKeycloak.Person hr = keycloak.createPerson("member-admin", employer);
        TestKeycloak.Person secondHr = keycloak.createPerson("member-admin", employer);
        TestKeycloak.Person otherHr = keycloak.createPerson("member-admin", otherEmployer);
        String hrAddress = hr.username() + "@example.org";
        String secondHrAddress = secondHr.username() + "@example.org";
        // the second HR person turned claim payments off
        ApiClient secondHrApi = ApiClient.onPort(port).withToken(keycloak.token(secondHr));
        assertThat(secondHrApi
                        .put("/api/notifications/preferences", Map.of("muted", List.of("claim-paid")))
                        .status())
                .isEqualTo(200);

        UUID alliance = fixtures.createAlliance(fixtures.register("ASSOCIATION"));
        UUID membership = fixtures.apply(alliance, employer, "MEMBER_EMPLOYER");
        assertThat(admin.post("/api/memberships/" + membership + "/activate").status())
                .isEqualTo(200);
        UUID claim = UUID.randomUUID();
        EventEnvelope approved = envelope(
                EventTypes.CLAIM_APPROVED,
                claim,
                new ClaimApproved(
                        claim,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        employer,
                        cohortId,
                        123_450,
                        "EUR",
                        List.of(UUID.randomUUID())));
        send(Topics.FUNDING, approved);
        send(Topics.FUNDING, approved);
        funding(
                EventTypes.DISBURSEMENT_PAID,
                claim,
                new DisbursementPaid(
                        UUID.randomUUID(),
                        claim,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        employer,
                        123_450,
                        "EUR",
                        LocalDate.of(2026, 11, 30),
                        null));

        List<Mail> toHr = awaitMessages(hrAddress, 3);
        List<Mail> toSecondHr = awaitMessages(secondHrAddress, 2);
        assertThat(subjects(toHr))
                .containsExactlyInAnyOrder(
                        "Müller Feinmechanik GmbH ist Mitglied von " + allianceName(alliance),
                        "Ein Förderantrag von Müller Feinmechanik GmbH wurde bewilligt",
                        "Ein Förderantrag von Müller Feinmechanik GmbH wurde ausgezahlt");
        assertThat(body(toHr, "ausgezahlt"))
                .startsWith("Guten Tag,")
                .contains("1.234,50")
                .contains("30. November 2026");
        assertThat(subjects(toSecondHr))
                .doesNotContain("Ein Förderantrag von Müller Feinmechanik GmbH wurde ausgezahlt");
        awaitConsumed();
        assertThat(messagesTo(otherHr.username() + "@example.org")).isEmpty();

        // in the app: both HR people see their organisation's news, the other employer's HR sees none of it
        ApiClient.Response hrList =
                ApiClient.onPort(port).withToken(keycloak.token(hr)).get("/api/notifications");
        assertThat(hrList.json().path("items")).hasSize(3);
        assertThat(secondHrApi.get("/api/notifications").json().path("items")).hasSize(2);
        assertThat(ApiClient.onPort(port)
                        .withToken(keycloak.token(otherHr))
                        .get("/api/notifications")
                        .json()
                        .path("items"))
                .isEmpty();
    }

    /** A claim for learning at work has no cohort (issue 20): its approval is told as a cohort claim's is. */
    @Test
    void theApprovalOfAClaimWithoutACohortReachesTheMemberAdmins() {
        TestKeycloak.Person hr = TestKeycloak.instance().createPerson("member-admin", employer);
        UUID claim = UUID.randomUUID();
        funding(
                EventTypes.CLAIM_APPROVED,
                claim,
                new ClaimApproved(
                        claim, UUID.randomUUID(), UUID.randomUUID(), employer, null, 27_327, "EUR", List.of()));

        List<Mail> toHr = awaitMessages(hr.username() + "@example.org", 1);
        assertThat(subjects(toHr)).containsExactly("Ein Förderantrag von Müller Feinmechanik GmbH wurde bewilligt");
        assertThat(body(toHr, "bewilligt")).contains("273,27");
    }

    @Test
    void aWaitlistEndedByTheCohortsStartIsNoCancellationAndOldEventsTellNobody() {
        String hana = address("hana");
        String ivo = address("ivo");
        UUID hanaId = fixtures.registerStaff(employer, hana);
        UUID ivoId = fixtures.registerStaff(employer, ivo);
        UUID started = UUID.randomUUID();
        LocalDate start = LocalDate.now();
        scheduleCohort(started, start);
        UUID waiting = UUID.randomUUID();
        curriculum(
                EventTypes.ENROLMENT_WAITLISTED,
                started,
                new EnrolmentWaitlisted(
                        waiting, started, courseId, hanaId, employer, EnrolmentStatus.WAITLISTED, null, 1));
        // the cohort starts: curriculum-service cancels its waitlist after the status change
        cohortStatus(started, start, CohortStatus.RUNNING, CohortStatus.OPEN);
        curriculum(
                EventTypes.ENROLMENT_CANCELLED,
                started,
                new EnrolmentCancelled(
                        waiting,
                        started,
                        courseId,
                        hanaId,
                        employer,
                        EnrolmentStatus.CANCELLED,
                        EnrolmentStatus.WAITLISTED,
                        1));
        // an event from three days ago, as a first start of the service reads the whole topic
        EventEnvelope fresh = envelope(
                EventTypes.ENROLMENT_CONFIRMED,
                started,
                new EnrolmentConfirmed(
                        UUID.randomUUID(), started, courseId, ivoId, employer, EnrolmentStatus.CONFIRMED, null, null));
        send(
                Topics.CURRICULUM,
                new EventEnvelope(
                        fresh.eventId(),
                        fresh.eventType(),
                        fresh.schemaVersion(),
                        fresh.occurredAt().minus(Duration.ofDays(3)),
                        fresh.aggregateId(),
                        fresh.producer(),
                        fresh.payload()));

        assertThat(subjects(awaitMessages(hana, 1)))
                .containsExactly("Sie stehen auf der Warteliste für " + courseTitle());
        awaitConsumed();
        assertThat(count("select count(*) from notification where recipient = 'staff:" + hanaId + "'"))
                .isOne();
        assertThat(count("select count(*) from notification where recipient = 'staff:" + ivoId + "'"))
                .isZero();
        assertThat(messagesTo(ivo)).isEmpty();
        // the old event still keeps the facts: Ivo's seat is known
        assertThat(count("select count(*) from notification_enrolment where staff_id = '" + ivoId + "'"))
                .isOne();
    }

    @Test
    void erasingALearnerErasesTheirNotifications() {
        String gina = address("gina");
        UUID ginaId = fixtures.registerStaff(employer, gina);
        curriculum(
                EventTypes.ENROLMENT_CONFIRMED,
                cohortId,
                new EnrolmentConfirmed(
                        UUID.randomUUID(),
                        cohortId,
                        courseId,
                        ginaId,
                        employer,
                        EnrolmentStatus.CONFIRMED,
                        null,
                        null));
        awaitMessages(gina, 1);
        assertThat(count("select count(*) from notification where recipient = 'staff:" + ginaId + "'"))
                .isOne();

        assertThat(admin.delete("/api/staff/" + ginaId).status()).isIn(200, 204);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from notification where recipient = 'staff:" + ginaId + "'") == 0);
        assertThat(count("select count(*) from notification_enrolment where staff_id = '" + ginaId + "'"))
                .isZero();
    }

    // --- helpers ---

    private int announceAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return intake.announceStartingCohorts();
    }

    private void scheduleCohort(UUID id, LocalDate start) {
        curriculum(
                EventTypes.COHORT_SCHEDULED,
                id,
                new CohortScheduled(
                        id,
                        courseId,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        start,
                        start.plusDays(4),
                        start.minusDays(40),
                        start.minusDays(3),
                        12,
                        2,
                        null,
                        new CohortCost(Pricing.PER_SEAT, 90_000, "EUR"),
                        CohortStatus.OPEN));
    }

    private void cohortStatus(UUID id, LocalDate start, CohortStatus status, CohortStatus previous) {
        curriculum(
                EventTypes.COHORT_STATUS_CHANGED,
                id,
                new CohortStatusChanged(
                        id,
                        courseId,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        start,
                        start.plusDays(4),
                        start.minusDays(40),
                        start.minusDays(3),
                        12,
                        2,
                        null,
                        new CohortCost(Pricing.PER_SEAT, 90_000, "EUR"),
                        status,
                        previous,
                        0));
    }

    private String courseTitle() {
        return "CNC-Fräsen " + courseId.toString().substring(0, 6);
    }

    private String allianceName(UUID alliance) {
        return admin.get("/api/alliances/" + alliance).json().path("name").asString();
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@employer.example";
    }

    private void curriculum(String type, UUID aggregateId, Object payload) {
        send(Topics.CURRICULUM, envelope(type, aggregateId, payload));
    }

    private void funding(String type, UUID aggregateId, Object payload) {
        send(Topics.FUNDING, envelope(type, aggregateId, payload));
    }

    private static EventEnvelope envelope(String type, UUID aggregateId, Object payload) {
        String producer = Topics.CURRICULUM.equals(Topics.of(type)) ? "curriculum-service" : "funding-service";
        return REGISTRY.envelope(type, aggregateId.toString(), producer, payload);
    }

    private void send(String topic, EventEnvelope envelope) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topic, envelope.aggregateId(), REGISTRY.toJson(envelope));
        record.headers().add(EventEnvelope.TYPE_HEADER, envelope.eventType().getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
        published.add(envelope.eventId());
    }

    /** Waits until the service's inbox has recorded every event published so far. */
    private void awaitConsumed() {
        kafka.flush();
        List<UUID> expected = List.copyOf(published);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(distinct event_id) from processed_event where event_id in (:ids)")
                                .param("ids", expected)
                                .query(Long.class)
                                .single()
                        == expected.stream().distinct().count());
    }

    private static List<Mail> awaitMessages(String address, int count) {
        TestMail.instance().awaitFor(address, count);
        // a duplicate would come in the same sending round: give it one more round to show itself
        await().pollDelay(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2)).until(() -> true);
        return messagesTo(address);
    }

    private static List<Mail> messagesTo(String address) {
        return TestMail.instance().receivedFor(address);
    }

    private static List<String> subjects(List<Mail> messages) {
        return messages.stream().map(Mail::subject).toList();
    }

    private static String body(List<Mail> messages, String subjectPart) {
        return messages.stream()
                .filter(message -> message.subject().contains(subjectPart))
                .map(Mail::body)
                .findFirst()
                .orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
