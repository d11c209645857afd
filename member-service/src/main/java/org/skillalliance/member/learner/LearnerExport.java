package org.skillalliance.member.learner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.member.notification.NotificationManagement;
import org.skillalliance.member.notification.NotificationView;
import org.skillalliance.member.notification.PreferencesView;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.staff.AgeBand;
import org.skillalliance.member.staff.Gender;
import org.skillalliance.member.staff.StaffDetails;
import org.skillalliance.member.staff.StaffManagement;
import org.skillalliance.member.staff.StaffMember;
import org.skillalliance.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything held about a learner, as one JSON document: member-service's own (staff record, employer, consent
 * history, notifications and their choices), read in one short transaction, then curriculum-service's (enrolments
 * with waitlist positions, credentials, skill records), asked with the learner's token while no database connection
 * is held. All or nothing: curriculum-service failing is a 503, never a part of the export.
 */
@Service
public class LearnerExport {

    /** The document's format, for whoever reads it later. */
    static final String FORMAT = "skill-alliance-learner-export/1";

    /** The staff record as the learner's employer keeps it. */
    @Schema(name = "LearnerStaffRecord")
    public record StaffRecord(
            UUID id,
            String status,
            String firstName,
            String lastName,
            String email,
            String jobRoleIsco,
            LocalDate employmentStart,
            LocalDate employmentEnd,
            boolean consentToReporting,
            Gender gender,
            AgeBand ageBand,
            Instant createdAt,
            Instant updatedAt) {}

    /** The employer, by id and legal name. */
    @Schema(name = "LearnerEmployer")
    public record Employer(UUID id, String legalName) {}

    /**
     * The export.
     *
     * @param enrolments   curriculum-service's enrolments of the learner, as its API shows them (with waitlist positions)
     * @param credentials  the Open Badges credentials of the enrolments that earned one
     * @param skillRecords the learner's skill records
     */
    @Schema(name = "LearnerExportDocument")
    public record Document(
            String format,
            Instant exportedAt,
            StaffRecord staff,
            Employer employer,
            List<ConsentView.Entry> consentHistory,
            List<NotificationView> notifications,
            PreferencesView notificationPreferences,
            List<Map<String, Object>> enrolments,
            List<Map<String, Object>> credentials,
            List<Map<String, Object>> skillRecords) {}

    private record Own(
            StaffRecord staff,
            Employer employer,
            List<ConsentView.Entry> consents,
            List<NotificationView> notifications,
            PreferencesView preferences) {}

    private final StaffManagement staff;
    private final OrganisationManagement organisations;
    private final LearnerConsents consents;
    private final NotificationManagement notifications;
    private final LearnerRecords curriculum;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    LearnerExport(
            StaffManagement staff,
            OrganisationManagement organisations,
            LearnerConsents consents,
            NotificationManagement notifications,
            LearnerRecords curriculum,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.staff = staff;
        this.organisations = organisations;
        this.consents = consents;
        this.notifications = notifications;
        this.curriculum = curriculum;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * The caller's export. 403 unless a learner linked to a staff record; 404 when the record does not exist; 410
     * once it was erased (nothing personal is held any more, so nothing is exported); 503 when curriculum-service
     * cannot answer.
     */
    public Document export(Caller caller, String bearerToken) {
        Own own = readOnly.execute(status -> {
            StaffMember member = OwnRecord.of(caller, staff);
            StaffDetails d = member.details();
            String employerName = organisations
                    .find(member.employerId())
                    .map(o -> o.legalName())
                    .orElse(null);
            return new Own(
                    new StaffRecord(
                            member.id(),
                            member.status().name(),
                            d.firstName(),
                            d.lastName(),
                            d.email(),
                            d.jobRoleIsco(),
                            d.employmentStart(),
                            d.employmentEnd(),
                            Boolean.TRUE.equals(d.consentToReporting()),
                            d.gender(),
                            d.ageBand(),
                            member.createdAt(),
                            member.updatedAt()),
                    new Employer(member.employerId(), employerName),
                    consents.historyOf(member.id()),
                    notifications.everything(caller),
                    notifications.preferences(caller));
        });
        LearnerRecords.Held held = curriculum.of(bearerToken);
        return new Document(
                FORMAT,
                clock.instant(),
                own.staff(),
                own.employer(),
                own.consents(),
                own.notifications(),
                own.preferences(),
                held.enrolments(),
                held.credentials(),
                held.skillRecords());
    }
}
