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

    record Staff(UUID id, UUID employerId, String status, LocalDate employmentEnd) {}

    record Membership(UUID id, String role, String status, LocalDate effectiveOn) {}

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
                """)
                .param("id", id)
                .param("name", name)
                .param("currency", currency)
                .param("coordinatorId", coordinatorId)
                .update();
    }

    void upsertOrganisation(UUID id, String type, String sizeBand, String sectorCode) {
        jdbc.sql("""
                insert into member_organisation (id, type, size_band, sector_code)
                values (:id, :type, :sizeBand, :sectorCode)
                on conflict (id) do update set type = excluded.type, size_band = excluded.size_band,
                    sector_code = excluded.sector_code
                """)
                .param("id", id)
                .param("type", type)
                .param("sizeBand", sizeBand)
                .param("sectorCode", sectorCode)
                .update();
    }

    void upsertMembership(
            UUID id, UUID allianceId, UUID organisationId, String role, String status, LocalDate effectiveOn) {
        jdbc.sql("""
                insert into member_membership (id, alliance_id, organisation_id, role, status, effective_on)
                values (:id, :allianceId, :organisationId, :role, :status, :effectiveOn)
                on conflict (id) do update set alliance_id = excluded.alliance_id,
                    organisation_id = excluded.organisation_id, role = excluded.role, status = excluded.status,
                    effective_on = excluded.effective_on
                """)
                .param("id", id)
                .param("allianceId", allianceId)
                .param("organisationId", organisationId)
                .param("role", role)
                .param("status", status)
                .param("effectiveOn", Date.valueOf(effectiveOn))
                .update();
    }

    void upsertStaff(UUID id, UUID employerId, LocalDate employmentStart, String jobRoleIsco) {
        jdbc.sql("""
                insert into member_staff (id, employer_id, status, employment_start, employment_end, job_role_isco)
                values (:id, :employerId, 'ACTIVE', :start, null, :isco)
                on conflict (id) do update set employer_id = excluded.employer_id, status = 'ACTIVE',
                    employment_start = excluded.employment_start, employment_end = null,
                    job_role_isco = excluded.job_role_isco
                """)
                .param("id", id)
                .param("employerId", employerId)
                .param("start", Date.valueOf(employmentStart))
                .param("isco", jobRoleIsco)
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
                .param("id", id)
                .param("employerId", employerId)
                .param("end", Date.valueOf(employmentEnd))
                .update();
    }

    void staffErased(UUID id) {
        jdbc.sql("update member_staff set status = 'ERASED' where id = :id")
                .param("id", id)
                .update();
    }

    Optional<Staff> staff(UUID id) {
        return jdbc.sql("select id, employer_id, status, employment_end from member_staff where id = :id")
                .param("id", id)
                .query((rs, n) -> new Staff(
                        rs.getObject("id", UUID.class),
                        rs.getObject("employer_id", UUID.class),
                        rs.getString("status"),
                        rs.getObject("employment_end", LocalDate.class)))
                .optional();
    }

    /** The organisation's memberships in the alliance, the most recent change first. */
    List<Membership> memberships(UUID allianceId, UUID organisationId) {
        return jdbc.sql("""
                select id, role, status, effective_on from member_membership
                where alliance_id = :allianceId and organisation_id = :organisationId
                order by effective_on desc, id
                """)
                .param("allianceId", allianceId)
                .param("organisationId", organisationId)
                .query((rs, n) -> new Membership(
                        rs.getObject("id", UUID.class),
                        rs.getString("role"),
                        rs.getString("status"),
                        rs.getObject("effective_on", LocalDate.class)))
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
                """)
                .param("org", organisationId)
                .param("alliance", allianceId)
                .query(Boolean.class)
                .single();
    }

    /** A staff member with the facts gap analysis needs: job role and the employer's size band. */
    Optional<MemberFacts.StaffFacts> staffFacts(UUID id) {
        return jdbc.sql(STAFF_FACTS + " where s.id = :id")
                .param("id", id)
                .query(JdbcMemberFacts::staffFacts)
                .optional();
    }

    /** The employer's active staff, by id. */
    List<MemberFacts.StaffFacts> activeStaffOf(UUID employerId) {
        return jdbc.sql(STAFF_FACTS + " where s.employer_id = :employer and s.status = 'ACTIVE' order by s.id")
                .param("employer", employerId)
                .query(JdbcMemberFacts::staffFacts)
                .list();
    }

    /** The active staff of the alliance's active member employers, by id. */
    List<MemberFacts.StaffFacts> activeStaffOfActiveMembers(UUID allianceId) {
        return jdbc.sql(STAFF_FACTS + """
                 where s.status = 'ACTIVE'
                   and exists (select 1 from member_membership m
                               where m.alliance_id = :alliance and m.organisation_id = s.employer_id
                                 and m.role = 'MEMBER_EMPLOYER' and m.status = 'ACTIVE')
                 order by s.id
                """)
                .param("alliance", allianceId)
                .query(JdbcMemberFacts::staffFacts)
                .list();
    }

    boolean allianceKnown(UUID allianceId) {
        return jdbc.sql("select exists (select 1 from member_alliance where id = :id)")
                .param("id", allianceId)
                .query(Boolean.class)
                .single();
    }

    private static final String STAFF_FACTS = """
            select s.id, s.employer_id, s.status, s.job_role_isco, o.size_band
            from member_staff s left join member_organisation o on o.id = s.employer_id
            """;

    private static MemberFacts.StaffFacts staffFacts(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MemberFacts.StaffFacts(
                rs.getObject("id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("status"),
                rs.getString("job_role_isco"),
                rs.getString("size_band"));
    }

    Optional<String> allianceName(UUID allianceId) {
        return jdbc.sql("select name from member_alliance where id = :id")
                .param("id", allianceId)
                .query(String.class)
                .optional();
    }
}
