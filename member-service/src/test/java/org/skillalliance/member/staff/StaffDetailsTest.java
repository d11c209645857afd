package org.skillalliance.member.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.skillalliance.web.FieldViolation;

class StaffDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static StaffDetails valid() {
        return new StaffDetails(
                "Jan",
                "Kowalski",
                "Jan.Kowalski@Firma.example ",
                "7223",
                LocalDate.of(2019, 4, 1),
                null,
                true,
                Gender.MALE,
                AgeBand.AGE_35_44);
    }

    @Test
    void validDetailsPassAndAreNormalised() {
        assertThat(valid().violations(TODAY)).isEmpty();
        assertThat(valid().normalised().email()).isEqualTo("jan.kowalski@firma.example");
    }

    @Test
    void equityFieldsNeedConsent() {
        StaffDetails noConsent = new StaffDetails(
                "Jan", "K", "j@k.example", null, LocalDate.of(2019, 4, 1), null, false, Gender.MALE, AgeBand.AGE_35_44);
        assertThat(noConsent.violations(TODAY))
                .extracting(FieldViolation::field)
                .containsExactly("gender", "ageBand");
        StaffDetails absentConsent =
                new StaffDetails("Jan", "K", "j@k.example", null, LocalDate.of(2019, 4, 1), null, null, null, null);
        assertThat(absentConsent.normalised().consentToReporting()).isFalse();
    }

    @Test
    void datesMustBeInOrderAndTheLeavingNotInTheFuture() {
        StaffDetails endBeforeStart = new StaffDetails(
                "Jan", "K", "j@k.example", null, LocalDate.of(2019, 4, 1), LocalDate.of(2019, 3, 1), false, null, null);
        assertThat(endBeforeStart.violations(TODAY))
                .extracting(FieldViolation::field)
                .containsExactly("employmentEnd");
        StaffDetails future = new StaffDetails(
                "Jan", "K", "j@k.example", null, LocalDate.of(2019, 4, 1), TODAY.plusDays(1), false, null, null);
        assertThat(future.violations(TODAY))
                .extracting(FieldViolation::reason)
                .first()
                .asString()
                .contains("future");
    }

    @Test
    void everyMissingOrMalformedFieldIsListed() {
        StaffDetails empty = new StaffDetails(null, " ", "a@b", "12345", null, null, false, null, null);
        assertThat(empty.violations(TODAY))
                .extracting(FieldViolation::field)
                .containsExactly("firstName", "lastName", "email", "jobRoleIsco", "employmentStart");
    }
}
