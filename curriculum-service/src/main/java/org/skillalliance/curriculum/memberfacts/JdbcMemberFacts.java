package org.skillalliance.curriculum.memberfacts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMemberFacts {

    record Staff(UUID id, UUID employerId, String status, LocalDate employmentEnd) {
    }

    record Membership(UUID id, String role, String status, LocalDate effectiveOn) {
    }

    private final JdbcClient jdbc;

    JdbcMemberFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertAlliance(UUID id, String name, String currency, UUID coordinatorId) {
        jdbc.sql("""
                insert into member_alliance (id, name, currency, coordinator_id)
                values (:id, :name, :currency, :coordinatorId)
                on conflict (id) do update set name = excluded.name, currency = excluded.currency,
                    coordinator_id = excluded.coordinator_id
                """).param("id", id).param("name", name).param("currency", currency)
                .param("coordinatorId", coordinatorId).update();
    }

    void upsertOrganisation(UUID id, String type) {
        jdbc.sql("""
                insert into member_organisation (id, type) values (:id, :type)
                on conflict (id) do update set type = excluded.type
                """).param("id", id).param("type", type).update();
    }

    void upsertMembership(UUID id, UUID allianceId, UUID organisationId, String role, String status,
                          LocalDate effectiveOn) {
        jdbc.sql("""
                insert into member_membership (id, alliance_id, organisation_id, role, status, effective_on)
                values (:id, :allianceId, :organisationId, :role, :status, :effectiveOn)
                on conflict (id) do update set alliance_id = excluded.alliance_id,
                    organisation_id = excluded.organisation_id, role = excluded.role, status = excluded.status,
                    effective_on = excluded.effective_on
                """)
                .param("id", id).param("allianceId", allianceId).param("organisationId", organisationId)
                .param("role", role).param("status", status).param("effectiveOn", Date.valueOf(effectiveOn))
                .update();
    }

    void upsertStaff(UUID id, UUID employerId, LocalDate employmentStart) {
        jdbc.sql("""
                insert into member_staff (id, employer_id, status, employment_start, employment_end)
                values (:id, :employerId, 'ACTIVE', :start, null)
                on conflict (id) do update set employer_id = excluded.employer_id, status = 'ACTIVE',
                    employment_start = excluded.employment_start, employment_end = null
                """)
                .param("id", id).param("employerId", employerId).param("start", Date.valueOf(employmentStart))
                .update();
    }

    void staffLeft(UUID id, UUID employerId, LocalDate employmentEnd) {
        // a StaffLeft that overtakes its StaffRegistered still leaves a row that says "left"
        jdbc.sql("""
                insert into member_staff (id, employer_id, status, employment_start, employment_end)
                values (:id, :employerId, 'LEFT', :end, :end)
                on conflict (id) do update set status = 'LEFT', employment_end = excluded.employment_end
                where member_staff.employer_id = excluded.employer_id
                """)
                .param("id", id).param("employerId", employerId).param("end", Date.valueOf(employmentEnd))
                .update();
    }

    void staffErased(UUID id) {
        jdbc.sql("update member_staff set status = 'ERASED' where id = :id").param("id", id).update();
    }

    Optional<Staff> staff(UUID id) {
        return jdbc.sql("select id, employer_id, status, employment_end from member_staff where id = :id")
                .param("id", id)
                .query((rs, n) -> new Staff(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class),
                        rs.getString("status"), rs.getObject("employment_end", LocalDate.class)))
                .optional();
    }

    /** The organisation's memberships in the alliance, the most recent change first. */
    List<Membership> memberships(UUID allianceId, UUID organisationId) {
        return jdbc.sql("""
                select id, role, status, effective_on from member_membership
                where alliance_id = :allianceId and organisation_id = :organisationId
                order by effective_on desc, id
                """)
                .param("allianceId", allianceId).param("organisationId", organisationId)
                .query((rs, n) -> new Membership(rs.getObject("id", UUID.class), rs.getString("role"),
                        rs.getString("status"), rs.getObject("effective_on", LocalDate.class)))
                .list();
    }

    /**
     * The alliances the organisation coordinates: it is the coordinator named when the alliance was created, or it
     * holds an active COORDINATOR membership of it.
     */
    List<UUID> alliancesCoordinatedBy(UUID organisationId) {
        return jdbc.sql("""
                select id from member_alliance where coordinator_id = :org
                union
                select alliance_id from member_membership
                where organisation_id = :org and role = 'COORDINATOR' and status = 'ACTIVE'
                """).param("org", organisationId).query(UUID.class).list();
    }

    boolean coordinates(UUID organisationId, UUID allianceId) {
        return jdbc.sql("""
                select exists (select 1 from member_alliance where id = :alliance and coordinator_id = :org)
                    or exists (select 1 from member_membership where alliance_id = :alliance
                               and organisation_id = :org and role = 'COORDINATOR' and status = 'ACTIVE')
                """).param("org", organisationId).param("alliance", allianceId).query(Boolean.class).single();
    }

    Optional<String> allianceName(UUID allianceId) {
        return jdbc.sql("select name from member_alliance where id = :id").param("id", allianceId)
                .query(String.class).optional();
    }
}
