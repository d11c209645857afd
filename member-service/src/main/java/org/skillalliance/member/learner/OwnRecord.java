package org.skillalliance.member.learner;

import java.util.List;
import java.util.UUID;
import org.skillalliance.member.staff.StaffManagement;
import org.skillalliance.member.staff.StaffMember;
import org.skillalliance.member.staff.StaffStatus;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.http.HttpStatus;

/** Whose self-service this is: the staff record the caller's login is linked to. */
final class OwnRecord {

    private OwnRecord() {}

    /** The caller's staff id: 403 unless the caller is a learner whose login is linked to a staff record. */
    static UUID staffIdOf(Caller caller) {
        if (!caller.has(Role.LEARNER) || caller.staffId() == null) {
            throw new ApiException.Forbidden(
                    "learner self-service is for learners whose login is linked to a staff " + "record");
        }
        return caller.staffId();
    }

    /** The caller's staff record: 404 when it does not exist, 410 once it was erased. */
    static StaffMember of(Caller caller, StaffManagement staff) {
        UUID staffId = staffIdOf(caller);
        StaffMember member =
                staff.linked(staffId).orElseThrow(() -> new ApiException.NotFound("staff member", staffId));
        if (member.status() == StaffStatus.ERASED) {
            throw new Erased(staffId);
        }
        return member;
    }

    /**
     * 410 {@code erased}: the learner's staff record was erased; member-service holds nothing personal of them any
     * more, so there is nothing to show or export.
     */
    static final class Erased extends ApiException {
        Erased(UUID staffId) {
            super(
                    HttpStatus.GONE,
                    "erased",
                    "Erased",
                    "the personal data of staff member " + staffId + " was erased at "
                            + "the employer's request; nothing personal is held about them any more",
                    List.of());
        }
    }
}
