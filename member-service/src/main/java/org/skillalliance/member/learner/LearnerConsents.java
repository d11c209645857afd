package org.skillalliance.member.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillalliance.member.consent.ConsentPurpose;
import org.skillalliance.member.consent.ConsentRecords;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.member.staff.StaffDetails;
import org.skillalliance.member.staff.StaffManagement;
import org.skillalliance.member.staff.StaffMember;
import org.skillalliance.security.Caller;
import org.skillalliance.web.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own consent: read it with its text and history, give or withdraw it. Only a learner whose login is
 * linked to a staff record may (403 otherwise); an erased record answers 410.
 */
@Service
public class LearnerConsents {

    private final StaffManagement staff;
    private final ConsentRecords history;

    LearnerConsents(StaffManagement staff, ConsentRecords history) {
        this.staff = staff;
        this.history = history;
    }

    /** Each purpose's consent (one today: outcome reporting). */
    @Transactional(readOnly = true)
    public List<ConsentView> consents(Caller caller) {
        StaffMember member = OwnRecord.of(caller, staff);
        List<ConsentView> views = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            views.add(view(member, purpose));
        }
        return views;
    }

    /**
     * Gives or withdraws consent. Giving names the version of the text the learner saw, which must be the current
     * one (else 422: the text changed, show it again); withdrawing never fails on the version and carries no gender
     * or age band. The staff record's flag changes and is announced ({@code StaffConsentChanged}) in one transaction
     * with the history row; a request that changes nothing writes nothing.
     *
     * @throws RuleBroken                (400) a missing or unknown purpose, a missing {@code given} or version, equity
     *                                    fields with a withdrawal
     * @throws RuleBroken                (422) consent given to a version of the text that is not the current one
     */
    @Transactional
    public ConsentView record(Caller caller, ConsentRequest request) {
        StaffMember member = OwnRecord.of(caller, staff);
        List<FieldViolation> violations = new ArrayList<>();
        ConsentPurpose purpose = null;
        if (request.purpose() == null || request.purpose().isBlank()) {
            violations.add(new FieldViolation("purpose", "is required"));
        } else {
            purpose = ConsentPurpose.ofName(request.purpose()).orElse(null);
            if (purpose == null) {
                violations.add(new FieldViolation("purpose", "must be one of " + List.of(ConsentPurpose.values())));
            }
        }
        if (request.given() == null) {
            violations.add(new FieldViolation("given", "is required: true gives consent, false withdraws it"));
        }
        boolean giving = Boolean.TRUE.equals(request.given());
        if (giving && (request.textVersion() == null || request.textVersion().isBlank())) {
            violations.add(new FieldViolation(
                    "textVersion", "is required to give consent: the version of the text " + "the learner was shown"));
        }
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        String version;
        if (giving) {
            if (!purpose.currentVersion().equals(request.textVersion())) {
                throw RuleBroken.rule(
                        "textVersion",
                        "the consent text is now version " + purpose.currentVersion() + ", not " + request.textVersion()
                                + "; show it and ask again");
            }
            version = purpose.currentVersion();
        } else {
            // a withdrawal is never refused for a stale page: the version is kept only when it is the current one
            version = purpose.currentVersion().equals(request.textVersion()) ? purpose.currentVersion() : null;
        }
        staff.recordOwnConsent(member.id(), purpose, version, giving, request.gender(), request.ageBand());
        return view(staff.linked(member.id()).orElseThrow(), purpose);
    }

    /** The consent history of a staff record, for the export. */
    List<ConsentView.Entry> historyOf(UUID staffId) {
        return history.of(staffId).stream().map(ConsentView.Entry::of).toList();
    }

    private ConsentView view(StaffMember member, ConsentPurpose purpose) {
        StaffDetails d = member.details();
        return new ConsentView(
                purpose.name(),
                Boolean.TRUE.equals(d.consentToReporting()),
                d.gender(),
                d.ageBand(),
                purpose.currentVersion(),
                purpose.texts(),
                history.of(member.id()).stream()
                        .filter(r -> r.purpose() == purpose)
                        .map(ConsentView.Entry::of)
                        .toList());
    }
}
