package org.skillalliance.reporting.workplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the sign-offs from {@code rp_workplace_learning}, each with its employer's facts. */
@Repository
class JdbcWorkplaceLearning {

    private static final String SIGN_OFFS = """
            select w.learning_id, w.learner, w.kind, w.alliance_id, w.employer_id, w.level_reached, w.logged_hours,
                   w.signed_off_on, o.id is not null as organisation_known, o.size_band, o.sector_code, o.region
            from rp_workplace_learning w left join rp_organisation o on o.id = w.employer_id
            """;

    private final JdbcClient jdbc;

    JdbcWorkplaceLearning(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every sign-off of the alliance's learning. */
    List<SignOff> ofAlliance(UUID allianceId) {
        return jdbc.sql(SIGN_OFFS + "where w.alliance_id = :alliance")
                .param("alliance", allianceId)
                .query((rs, n) -> signOff(rs))
                .list();
    }

    /** The sign-offs of the employers' learning signed off from {@code from} to {@code to}, both inclusive. */
    List<SignOff> ofEmployers(Collection<UUID> employers, LocalDate from, LocalDate to) {
        if (employers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SIGN_OFFS + """
                where w.employer_id = any(cast(:employers as uuid[]))
                  and w.signed_off_on between :from and :to
                """)
                .param("employers", employers.toArray(UUID[]::new))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> signOff(rs))
                .list();
    }

    private static SignOff signOff(ResultSet rs) throws SQLException {
        return new SignOff(
                rs.getObject("learning_id", UUID.class),
                rs.getObject("learner", UUID.class),
                rs.getString("kind"),
                rs.getObject("alliance_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getInt("level_reached"),
                rs.getBigDecimal("logged_hours"),
                rs.getObject("signed_off_on", LocalDate.class),
                rs.getBoolean("organisation_known"),
                rs.getString("size_band"),
                rs.getString("sector_code"),
                rs.getString("region"));
    }
}
