package org.skillalliance.member.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.skillalliance.member.consent.ConsentPurpose;
import org.skillalliance.member.consent.ConsentRecord;
import org.skillalliance.member.consent.ConsentRecords;
import org.skillalliance.member.consent.RecordedBy;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.shared.IllegalTransition;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.skillalliance.web.RowResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done to staff records goes through here, and every change others need is announced.
 *
 * <p>Staff records are personal data: only the employer's {@code member-admin} (and platform admins) touch them. Every
 * other role is refused with 403 before anything is read; another employer's staff member answers 404, and lists show
 * only the caller's own employer.
 */
@Service
public class StaffManagement {

    private final JdbcStaff staff;
    private final OrganisationManagement organisations;
    private final StaffEventsPublisher events;
    private final ConsentRecords consents;
    private final Clock clock;

    StaffManagement(
            JdbcStaff staff,
            OrganisationManagement organisations,
            StaffEventsPublisher events,
            ConsentRecords consents,
            Clock clock) {
        this.staff = staff;
        this.organisations = organisations;
        this.events = events;
        this.consents = consents;
        this.clock = clock;
    }

    /**
     * Registers a staff member of an employer.
     *
     * @throws RuleBroken                (400) when a detail breaks a rule (all of them are listed); (422) when the
     *                                   employer does not exist or is not an employer
     * @throws ApiException.Conflict      when the employer already has a staff member with that email
     * @throws ApiException.Forbidden           unless the caller is the employer's member-admin or an admin
     */
    @Transactional
    public StaffMember register(Caller caller, UUID employerId, StaffDetails input) {
        requireStaffAdminOf(caller, employerId);
        StaffDetails details = checked(input);
        requireEmployer(employerId);
        if (staff.findByEmailForUpdate(employerId, details.email()).isPresent()) {
            throw new ApiException.Conflict(
                    "email", "the employer already has a staff member with email " + details.email());
        }
        return create(employerId, details);
    }

    /** Replaces a staff member's details; consent and leaving are announced. */
    @Transactional
    public StaffMember update(Caller caller, UUID id, StaffDetails input) {
        requireStaffAdmin(caller);
        StaffDetails details = checked(input);
        StaffMember member = visible(caller, staff.findForUpdate(id), id);
        if (!details.email()
                .equals(member.details() == null ? null : member.details().email())) {
            staff.findByEmailForUpdate(member.employerId(), details.email()).ifPresent(other -> {
                throw new ApiException.Conflict(
                        "email", "the employer already has a staff member with email " + details.email());
            });
        }
        apply(member, details);
        return member;
    }

    /** Records the last day of employment. */
    @Transactional
    public StaffMember leave(Caller caller, UUID id, LocalDate employmentEnd) {
        requireStaffAdmin(caller);
        StaffMember member = visible(caller, staff.findForUpdate(id), id);
        StaffEvent.Left left = member.leave(employmentEnd, today(), clock.instant());
        staff.update(member);
        events.publish(left);
        return member;
    }

    /** Wipes the personal data of a staff member at once, keeping the id and the employer, and announces it. */
    @Transactional
    public void erase(Caller caller, UUID id) {
        requireStaffAdmin(caller);
        StaffMember member = visible(caller, staff.findForUpdate(id), id);
        StaffEvent.Erased erased = member.erase(clock.instant());
        staff.erase(member);
        consents.forget(member.id());
        events.publish(erased);
    }

    /**
     * One row of a bulk import: creates the staff member, updates the one with the same email, or leaves an identical
     * one untouched, in a transaction of its own. Called by {@link StaffImport} once the caller has been checked
     * ({@link #requireImportFor}).
     */
    @Transactional
    public RowResult importRow(UUID employerId, long line, StaffDetails input) {
        StaffDetails details = input.normalised();
        List<FieldViolation> violations = details.violations(today());
        if (!violations.isEmpty()) {
            return RowResult.rejected(line, violations);
        }
        var existing = staff.findByEmailForUpdate(employerId, details.email());
        if (existing.isEmpty()) {
            return RowResult.of(
                    line, RowResult.Outcome.CREATED, create(employerId, details).id());
        }
        StaffMember member = existing.get();
        if (details.equals(member.details())) {
            return RowResult.of(line, RowResult.Outcome.UNCHANGED, member.id());
        }
        if (member.status() == StaffStatus.LEFT && details.employmentEnd() == null) {
            // the row alone is refused, as the single update refuses it with a 409: a leaving is not undone
            return RowResult.rejected(
                    line,
                    List.of(new FieldViolation(
                            "employment_end",
                            "is required: this staff member left on "
                                    + member.details().employmentEnd() + ", and a leaving is not undone")));
        }
        apply(member, details);
        return RowResult.of(line, RowResult.Outcome.UPDATED, member.id());
    }

    @Transactional(readOnly = true)
    public StaffMember get(Caller caller, UUID id) {
        requireStaffAdmin(caller);
        return visible(caller, staff.find(id), id);
    }

    /**
     * Where the employer's staff member stands, for linking a login to the record (invitations of learners); empty when
     * there is no such staff member at this employer (another employer's staff member is one that does not exist).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffStatus> statusAt(UUID employerId, UUID staffId) {
        return staff.find(staffId)
                .filter(member -> member.employerId().equals(employerId))
                .map(StaffMember::status);
    }

    /**
     * The staff record a learner's login is linked to ({@code staff_id}), whatever its status; for the learner's own
     * use, so no caller check here: learner self-service checks that the caller is that learner.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffMember> linked(UUID staffId) {
        return staff.find(staffId);
    }

    /**
     * The learner gives or withdraws consent to outcome reporting themself: the staff record's flag (and the gender
     * and age band sent with it, none when withdrawing) changes and is announced as {@code StaffConsentChanged} in
     * the same transaction, and the history gets a row recorded by the learner whenever the flag changes or consent
     * is given to another version of the text. A request that changes nothing writes nothing.
     *
     * @return the history row written, or empty when nothing changed
     * @throws ApiException.NotFound      when there is no such staff record
     * @throws RuleBroken                (400) gender or age band with a withdrawal
     * @throws IllegalTransition          when the staff record was erased
     */
    @Transactional
    public java.util.Optional<ConsentRecord> recordOwnConsent(
            UUID staffId, ConsentPurpose purpose, String textVersion, boolean given, Gender gender, AgeBand ageBand) {
        StaffMember member =
                staff.findForUpdate(staffId).orElseThrow(() -> new ApiException.NotFound("staff member", staffId));
        boolean flagChanged = member.details() != null
                && !Boolean.valueOf(given).equals(member.details().consentToReporting());
        save(member, member.recordConsent(given, gender, ageBand, today(), clock.instant()));
        List<ConsentRecord> history = consents.of(staffId).stream()
                .filter(r -> r.purpose() == purpose)
                .toList();
        ConsentRecord last = history.isEmpty() ? null : history.getLast();
        boolean newVersion =
                given && (last == null || !last.given() || !java.util.Objects.equals(last.textVersion(), textVersion));
        if (flagChanged || newVersion) {
            return java.util.Optional.of(
                    consents.append(staffId, purpose, textVersion, given, RecordedBy.LEARNER, clock.instant()));
        }
        return java.util.Optional.empty();
    }

    /** The staff matching the filter, of the caller's own employer only (admins: of any). */
    @Transactional(readOnly = true)
    public PageResponse<StaffMember> list(Caller caller, StaffFilter filter, PageQuery page) {
        requireStaffAdmin(caller);
        StaffFilter allowed = filter;
        if (!caller.isAdmin()) {
            UUID own = caller.organisationId();
            if (own == null
                    || (filter.employerId() != null && !filter.employerId().equals(own))) {
                return PageResponse.of(List.of(), page, 0);
            }
            allowed = filter.ofEmployer(own);
        }
        return PageResponse.of(staff.list(allowed, page), page, staff.count(allowed));
    }

    /**
     * The employer a bulk import is for: the caller must be its member-admin (or an admin), and it must be an employer.
     */
    @Transactional(readOnly = true)
    public Organisation requireImportFor(Caller caller, UUID employerId) {
        requireStaffAdminOf(caller, employerId);
        return requireEmployer(employerId);
    }

    /** The employer a registration is for: it must exist and be an employer. */
    private Organisation requireEmployer(UUID employerId) {
        Organisation employer = organisations
                .find(employerId)
                .orElseThrow(() -> RuleBroken.rule("employerId", "organisation " + employerId + " does not exist"));
        if (!employer.isEmployer()) {
            throw RuleBroken.rule(
                    "employerId", "organisation " + employerId + " is a " + employer.type() + ", not an employer");
        }
        return employer;
    }

    private static void requireStaffAdmin(Caller caller) {
        caller.requireAnyRole("handle staff records (personal data)", Role.MEMBER_ADMIN);
    }

    /** Registering and importing name the employer: one that is not the caller's is a 403 (employers are public). */
    private static void requireStaffAdminOf(Caller caller, UUID employerId) {
        requireStaffAdmin(caller);
        if (!caller.actsFor(employerId)) {
            throw new ApiException.Forbidden(
                    "a member-admin handles only its own employer's staff, not " + employerId + "'s");
        }
    }

    /** Another employer's staff member is, to the caller, one that does not exist. */
    private static StaffMember visible(Caller caller, java.util.Optional<StaffMember> found, UUID id) {
        return found.filter(member -> caller.actsFor(member.employerId()))
                .orElseThrow(() -> new ApiException.NotFound("staff member", id));
    }

    private StaffMember create(UUID employerId, StaffDetails details) {
        List<StaffEvent> registered = StaffMember.register(employerId, details, clock.instant());
        StaffMember member = registered.getFirst().member();
        staff.insert(member);
        if (Boolean.TRUE.equals(details.consentToReporting())) {
            consents.append(
                    member.id(), ConsentPurpose.OUTCOME_REPORTING, null, true, RecordedBy.EMPLOYER, clock.instant());
        }
        events.publish(registered);
        return member;
    }

    /** HR's change (staff API or import): a change of the consent flag gets a history row recorded by the employer. */
    private void apply(StaffMember member, StaffDetails details) {
        boolean flagChanged = member.details() != null
                && !details.consentToReporting().equals(member.details().consentToReporting());
        save(member, member.update(details, clock.instant()));
        if (flagChanged) {
            consents.append(
                    member.id(),
                    ConsentPurpose.OUTCOME_REPORTING,
                    null,
                    details.consentToReporting(),
                    RecordedBy.EMPLOYER,
                    clock.instant());
        }
    }

    /** Writes a change, if there was one, and announces it. */
    private void save(StaffMember member, List<StaffEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        staff.update(member);
        events.publish(changes);
    }

    private StaffDetails checked(StaffDetails input) {
        StaffDetails details = input.normalised();
        List<FieldViolation> violations = details.violations(today());
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        return details;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
