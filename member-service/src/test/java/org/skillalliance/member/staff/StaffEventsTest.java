package org.skillalliance.member.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.shared.IllegalTransition;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RuleRefusal;

/**
 * Every change of a staff record returns what happened: registration (and leaving, for someone who already left),
 * changed details, consent and leaving, erasure; what others must not hear of (a name) is an event of its own.
 */
class StaffEventsTest {

    static final LocalDate TODAY = StaffDetailsTest.TODAY;
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-25T10:00:00Z");

    static StaffDetails details() {
        return StaffDetailsTest.valid().normalised();
    }

    static StaffMember registered(StaffDetails details) {
        return StaffMember.register(UUID.randomUUID(), details, NOW).getFirst().member();
    }

    @Test
    void registeringReturnsRegistered() {
        UUID employer = UUID.randomUUID();
        List<StaffEvent> events = StaffMember.register(employer, details(), NOW);
        assertThat(events).singleElement().isInstanceOf(StaffEvent.Registered.class);
        StaffMember member = events.getFirst().member();
        assertThat(member.employerId()).isEqualTo(employer);
        assertThat(member.status()).isEqualTo(StaffStatus.ACTIVE);
        assertThat(member.details()).isEqualTo(details());
        assertThat(member.createdAt()).isEqualTo(NOW);
    }

    @Test
    void registeringSomeoneWhoAlreadyLeftReturnsRegisteredThenLeft() {
        List<StaffEvent> events =
                StaffMember.register(UUID.randomUUID(), details().withEmploymentEnd(TODAY), NOW);
        assertThat(events)
                .extracting(e -> (Class) e.getClass())
                .containsExactly(StaffEvent.Registered.class, StaffEvent.Left.class);
        assertThat(events.getFirst().member().status()).isEqualTo(StaffStatus.LEFT);
        assertThat(events.get(1).member()).isSameAs(events.getFirst().member());
    }

    @Test
    void theSameDetailsChangeNothing() {
        StaffMember member = registered(details());
        assertThat(member.update(details(), LATER)).isEmpty();
        assertThat(member.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aNewNameIsAChangeOfDetailsOnly() {
        StaffMember member = registered(details());
        StaffDetails renamed = new StaffDetails(
                "Jan",
                "Nowak",
                "jan.kowalski@firma.example",
                "7223",
                LocalDate.of(2019, 4, 1),
                null,
                true,
                Gender.MALE,
                AgeBand.AGE_35_44);
        assertThat(renamed.normalised()).isEqualTo(renamed);
        assertThat(member.update(renamed, LATER)).singleElement().isInstanceOf(StaffEvent.DetailsChanged.class);
        assertThat(member.details().lastName()).isEqualTo("Nowak");
        assertThat(member.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void withdrawnConsentIsAChangeOfConsent() {
        StaffMember member = registered(details());
        List<StaffEvent> events = member.recordConsent(false, null, null, TODAY, LATER);
        assertThat(events)
                .extracting(e -> (Class) e.getClass())
                .containsExactly(StaffEvent.DetailsChanged.class, StaffEvent.ConsentChanged.class);
        assertThat(member.details().consentToReporting()).isFalse();
        assertThat(member.details().gender()).isNull();
        assertThat(member.details().ageBand()).isNull();
    }

    @Test
    void anotherAgeBandWithConsentIsAChangeOfConsent() {
        StaffMember member = registered(details());
        assertThat(member.recordConsent(true, Gender.MALE, AgeBand.AGE_45_54, TODAY, LATER))
                .extracting(e -> (Class) e.getClass())
                .containsExactly(StaffEvent.DetailsChanged.class, StaffEvent.ConsentChanged.class);
    }

    @Test
    void equityFieldsWithAWithdrawalAreRefused() {
        StaffMember member = registered(details());
        assertThatThrownBy(() -> member.recordConsent(false, Gender.FEMALE, null, TODAY, LATER))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleRefusal.Kind.INVALID_INPUT);
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("gender");
                });
        assertThat(member.details()).isEqualTo(details());
    }

    @Test
    void anEmploymentEndInAnUpdateIsLeaving() {
        StaffMember member = registered(details());
        assertThat(member.update(details().withEmploymentEnd(TODAY), LATER))
                .extracting(e -> (Class) e.getClass())
                .containsExactly(StaffEvent.DetailsChanged.class, StaffEvent.Left.class);
        assertThat(member.status()).isEqualTo(StaffStatus.LEFT);
    }

    @Test
    void leavingReturnsLeftWithTheLastDay() {
        StaffMember member = registered(details());
        StaffEvent.Left left = member.leave(TODAY, TODAY, LATER);
        assertThat(left.member()).isSameAs(member);
        assertThat(member.details().employmentEnd()).isEqualTo(TODAY);
        assertThat(member.status()).isEqualTo(StaffStatus.LEFT);
    }

    @Test
    void leavingBeforeTheStartIsRefusedAndLeavingTwiceIsAnIllegalTransition() {
        StaffMember member = registered(details());
        assertThatThrownBy(() -> member.leave(details().employmentStart().minusDays(1), TODAY, LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("employmentEnd"));
        assertThatThrownBy(() -> member.leave(TODAY.plusDays(1), TODAY, LATER))
                .as("a leaving is recorded when it happens")
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("employmentEnd"));
        member.leave(TODAY, TODAY, LATER);
        assertThatThrownBy(() -> member.leave(TODAY, TODAY, LATER))
                .isInstanceOfSatisfying(
                        IllegalTransition.class,
                        e -> assertThat(e.currentState()).isEqualTo("LEFT"));
        assertThatThrownBy(() -> member.update(details(), LATER))
                .as("a leaver's employment end is not cleared")
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void erasingReturnsErasedAndLeavesNothingToChange() {
        StaffMember member = registered(details());
        StaffEvent.Erased erased = member.erase(LATER);
        assertThat(erased.member()).isSameAs(member);
        assertThat(member.details()).isNull();
        assertThat(member.status()).isEqualTo(StaffStatus.ERASED);
        assertThat(member.erasedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> member.erase(LATER)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> member.update(details(), LATER)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> member.recordConsent(true, null, null, TODAY, LATER))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> member.leave(TODAY, TODAY, LATER)).isInstanceOf(IllegalTransition.class);
    }
}
