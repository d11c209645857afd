package org.skillalliance.curriculum.workplace;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWorkshops {

    private static final String SCOPE = " where (cast(:employerId as uuid) is null or employer_id = :employerId)";

    private final JdbcClient jdbc;

    JdbcWorkshops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Workshop w) {
        jdbc.sql("""
                insert into workshop (id, alliance_id, employer_id, title, skill_id, target_level, held_on, hours,
                                      created_at)
                values (:id, :allianceId, :employerId, :title, :skillId, :targetLevel, :heldOn, :hours, :createdAt)
                """)
                .param("id", w.id())
                .param("allianceId", w.allianceId())
                .param("employerId", w.employerId())
                .param("title", w.title())
                .param("skillId", w.skillId())
                .param("targetLevel", w.targetLevel())
                .param("heldOn", Date.valueOf(w.heldOn()))
                .param("hours", w.hours())
                .param("createdAt", Timestamp.from(w.createdAt()))
                .update();
        for (int i = 0; i < w.participants().size(); i++) {
            jdbc.sql("insert into workshop_participant (workshop_id, staff_id, position) values (:id, :staff, :pos)")
                    .param("id", w.id())
                    .param("staff", w.participants().get(i).staffId())
                    .param("pos", i)
                    .update();
        }
    }

    void recordOutcome(UUID workshopId, Workshop.Participant p) {
        jdbc.sql("""
                update workshop_participant
                set outcome = :outcome, attended_hours = :hours, level_reached = :level, recorded_on = :on,
                    recorded_at = :at
                where workshop_id = :id and staff_id = :staff
                """)
                .param("id", workshopId)
                .param("staff", p.staffId())
                .param("outcome", p.outcome().name())
                .param("hours", p.attendedHours())
                .param("level", p.levelReached())
                .param("on", Date.valueOf(p.recordedOn()))
                .param("at", Timestamp.from(p.recordedAt()))
                .update();
    }

    Optional<Workshop> find(UUID id) {
        return jdbc.sql("select * from workshop where id = :id")
                .param("id", id)
                .query(JdbcWorkshops::workshop)
                .optional()
                .map(w -> withParticipants(List.of(w)).getFirst());
    }

    /** The workshop, its row locked until the transaction ends (outcomes of one workshop take turns). */
    Optional<Workshop> lock(UUID id) {
        return jdbc.sql("select * from workshop where id = :id for update")
                .param("id", id)
                .query(JdbcWorkshops::workshop)
                .optional()
                .map(w -> withParticipants(List.of(w)).getFirst());
    }

    /** A page of the employer's workshops (null: all), newest day first, then by id. */
    List<Workshop> page(UUID employerId, PageQuery page) {
        return withParticipants(
                jdbc.sql("select * from workshop" + SCOPE + " order by held_on desc, id limit :limit offset :offset")
                        .param("employerId", employerId)
                        .param("limit", page.size())
                        .param("offset", page.offset())
                        .query(JdbcWorkshops::workshop)
                        .list());
    }

    long count(UUID employerId) {
        return jdbc.sql("select count(*) from workshop" + SCOPE)
                .param("employerId", employerId)
                .query(Long.class)
                .single();
    }

    private List<Workshop> withParticipants(List<Workshop> workshops) {
        if (workshops.isEmpty()) {
            return workshops;
        }
        Map<UUID, List<Workshop.Participant>> byWorkshop = new HashMap<>();
        jdbc.sql("select * from workshop_participant where workshop_id in (:ids) order by workshop_id, position")
                .param("ids", workshops.stream().map(Workshop::id).toList())
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("recorded_at");
                    String outcome = rs.getString("outcome");
                    Integer level = rs.getObject("level_reached", Integer.class);
                    byWorkshop
                            .computeIfAbsent(rs.getObject("workshop_id", UUID.class), k -> new ArrayList<>())
                            .add(new Workshop.Participant(
                                    rs.getObject("staff_id", UUID.class),
                                    outcome == null ? null : WorkshopOutcome.valueOf(outcome),
                                    rs.getBigDecimal("attended_hours"),
                                    level,
                                    rs.getObject("recorded_on", LocalDate.class),
                                    at == null ? null : at.toInstant()));
                    return n;
                })
                .list();
        return workshops.stream()
                .map(w -> new Workshop(
                        w.id(),
                        w.allianceId(),
                        w.employerId(),
                        w.title(),
                        w.skillId(),
                        w.targetLevel(),
                        w.heldOn(),
                        w.hours(),
                        w.createdAt(),
                        byWorkshop.getOrDefault(w.id(), List.of())))
                .toList();
    }

    private static Workshop workshop(ResultSet rs, int n) throws SQLException {
        return new Workshop(
                rs.getObject("id", UUID.class),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getString("title"),
                rs.getObject("skill_id", UUID.class),
                rs.getInt("target_level"),
                rs.getObject("held_on", LocalDate.class),
                rs.getBigDecimal("hours"),
                rs.getTimestamp("created_at").toInstant(),
                List.of());
    }
}
