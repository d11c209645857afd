package org.skillalliance.curriculum.memberfacts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What curriculum-service knows about alliances, members and staff, from member-service's events. */
@Service
public class MemberFacts {

    /**
     * A staff member as member-service announced them (pseudonymous): employer, status ({@code ACTIVE}, {@code LEFT},
     * {@code ERASED}), ISCO-08 job role (null if not given) and the employer's size band (null until known).
     */
    public record StaffFacts(UUID staffId, UUID employerId, String status, String jobRoleIsco, String sizeBand) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private final JdbcMemberFacts facts;

    MemberFacts(JdbcMemberFacts facts) {
        this.facts = facts;
    }

    /**
     * Checks that a staff member may be enrolled in a cohort of the alliance by this employer: the staff member is
     * known, active and employed by the employer, and the employer is an active member employer of the alliance.
     *
     * @throws RuleBroken (422) naming {@code staffId} or {@code employerId} and the precise reason
     */
    @Transactional(readOnly = true)
    public void checkCanEnrol(UUID allianceId, UUID employerId, UUID staffId) {
        JdbcMemberFacts.Staff staff = facts.staff(staffId)
                .orElseThrow(() -> RuleBroken.rule(
                        "staffId", "staff member " + staffId + " is not registered with member-service"));
        if (!staff.employerId().equals(employerId)) {
            throw RuleBroken.rule("staffId", "staff member " + staffId + " is not employed by employer " + employerId);
        }
        switch (staff.status()) {
            case "LEFT" ->
                throw RuleBroken.rule(
                        "staffId",
                        "staff member " + staffId + " left employer " + employerId + " on " + staff.employmentEnd());
            case "ERASED" -> throw RuleBroken.rule("staffId", "staff member " + staffId + " was erased");
            default -> {}
        }
        checkActiveMember(allianceId, employerId);
    }

    /**
     * Checks a seat of a past cohort (history import): the staff member is known, employed by the employer and not
     * erased, and had not left before the cohort's start; the employer is or was a member employer of the alliance
     * (a {@code MEMBER_EMPLOYER} membership that is ACTIVE, SUSPENDED or WITHDRAWN). Neither needs to be active today.
     *
     * @throws RuleBroken (422) naming {@code staffId} or {@code employerId} and the precise reason
     */
    @Transactional(readOnly = true)
    public void checkHeldPastSeat(UUID allianceId, UUID employerId, UUID staffId, java.time.LocalDate cohortStart) {
        JdbcMemberFacts.Staff staff = facts.staff(staffId)
                .orElseThrow(() -> RuleBroken.rule(
                        "staffId", "staff member " + staffId + " is not registered with member-service"));
        if (!staff.employerId().equals(employerId)) {
            throw RuleBroken.rule("staffId", "staff member " + staffId + " is not employed by employer " + employerId);
        }
        if ("ERASED".equals(staff.status())) {
            throw RuleBroken.rule("staffId", "staff member " + staffId + " was erased");
        }
        if (staff.employmentEnd() != null && staff.employmentEnd().isBefore(cohortStart)) {
            throw RuleBroken.rule(
                    "staffId",
                    "staff member " + staffId + " left employer " + employerId + " on " + staff.employmentEnd()
                            + ", before the cohort started on " + cohortStart);
        }
        boolean member = facts.memberships(allianceId, employerId).stream()
                .anyMatch(m -> "MEMBER_EMPLOYER".equals(m.role())
                        && List.of("ACTIVE", "SUSPENDED", "WITHDRAWN").contains(m.status()));
        if (!member) {
            throw RuleBroken.rule(
                    "employerId",
                    "employer " + employerId + " is not and was not a member employer of" + " alliance " + allianceId);
        }
    }

    /** Whether {@link #checkCanEnrol} would pass, for automatic decisions such as promotions from the waitlist. */
    @Transactional(readOnly = true)
    public boolean canEnrol(UUID allianceId, UUID employerId, UUID staffId) {
        try {
            checkCanEnrol(allianceId, employerId, staffId);
            return true;
        } catch (RuleBroken refused) {
            return false;
        }
    }

    /** The alliance's name as member-service announced it, if it has. */
    @Transactional(readOnly = true)
    public Optional<String> allianceName(UUID allianceId) {
        return facts.allianceName(allianceId);
    }

    /**
     * Whether the organisation coordinates the alliance: named as its coordinator by {@code AllianceCreated}, or an
     * active {@code COORDINATOR} member of it. False for a null organisation.
     */
    @Transactional(readOnly = true)
    public boolean coordinates(UUID organisationId, UUID allianceId) {
        return organisationId != null && allianceId != null && facts.coordinates(organisationId, allianceId);
    }

    /** The alliances the organisation coordinates (see {@link #coordinates}); empty for a null organisation. */
    @Transactional(readOnly = true)
    public Set<UUID> alliancesCoordinatedBy(UUID organisationId) {
        return organisationId == null ? Set.of() : Set.copyOf(facts.alliancesCoordinatedBy(organisationId));
    }

    /** The staff member as announced by member-service, if it has. */
    @Transactional(readOnly = true)
    public Optional<StaffFacts> staff(UUID staffId) {
        return facts.staffFacts(staffId);
    }

    /** The employer's active staff (not left, not erased). */
    @Transactional(readOnly = true)
    public List<StaffFacts> activeStaffOf(UUID employerId) {
        return facts.activeStaffOf(employerId);
    }

    /** The active staff of the employers that hold an ACTIVE member-employer membership of the alliance. */
    @Transactional(readOnly = true)
    public List<StaffFacts> activeStaffOfActiveMembers(UUID allianceId) {
        return facts.activeStaffOfActiveMembers(allianceId);
    }

    /** Whether member-service announced the alliance ({@code AllianceCreated}). */
    @Transactional(readOnly = true)
    public boolean allianceKnown(UUID allianceId) {
        return facts.allianceKnown(allianceId);
    }

    /**
     * Whether the organisation is, or was until a suspension, a member employer of the alliance: it holds a
     * {@code MEMBER_EMPLOYER} membership that is ACTIVE or SUSPENDED.
     */
    @Transactional(readOnly = true)
    public boolean isMemberEmployer(UUID allianceId, UUID employerId) {
        return facts.memberships(allianceId, employerId).stream()
                .anyMatch(m -> "MEMBER_EMPLOYER".equals(m.role())
                        && ("ACTIVE".equals(m.status()) || "SUSPENDED".equals(m.status())));
    }

    /**
     * Whether the organisation may teach cohorts of the alliance: it holds a {@code PROVIDER} membership that is ACTIVE
     * (or, for a cohort of the past, one that was active then: ACTIVE, SUSPENDED or WITHDRAWN).
     */
    @Transactional(readOnly = true)
    public boolean isProviderOf(UUID allianceId, UUID organisationId, boolean inThePast) {
        return facts.memberships(allianceId, organisationId).stream()
                .anyMatch(m -> "PROVIDER".equals(m.role())
                        && ("ACTIVE".equals(m.status())
                                || inThePast && ("SUSPENDED".equals(m.status()) || "WITHDRAWN".equals(m.status()))));
    }

    /** Whether the organisation holds an ACTIVE {@code MEMBER_EMPLOYER} membership of the alliance. */
    @Transactional(readOnly = true)
    public boolean isActiveMemberEmployer(UUID allianceId, UUID employerId) {
        return facts.memberships(allianceId, employerId).stream()
                .anyMatch(m -> "MEMBER_EMPLOYER".equals(m.role()) && "ACTIVE".equals(m.status()));
    }

    private void checkActiveMember(UUID allianceId, UUID employerId) {
        List<JdbcMemberFacts.Membership> memberships = facts.memberships(allianceId, employerId);
        boolean active =
                memberships.stream().anyMatch(m -> "MEMBER_EMPLOYER".equals(m.role()) && "ACTIVE".equals(m.status()));
        if (active) {
            return;
        }
        JdbcMemberFacts.Membership latest = memberships.stream()
                .filter(m -> "MEMBER_EMPLOYER".equals(m.role()))
                .findFirst()
                .orElse(memberships.isEmpty() ? null : memberships.getFirst());
        if (latest == null) {
            throw RuleBroken.rule(
                    "employerId", "employer " + employerId + " is not a member of alliance " + allianceId);
        }
        if (!"MEMBER_EMPLOYER".equals(latest.role())) {
            throw RuleBroken.rule(
                    "employerId",
                    "organisation " + employerId + " is a " + latest.role() + " of alliance " + allianceId
                            + ", not a member employer");
        }
        throw RuleBroken.rule(
                "employerId",
                "the membership of employer " + employerId + " in alliance " + allianceId + " is " + latest.status()
                        + " (since " + latest.effectiveOn() + "), not ACTIVE");
    }
}
