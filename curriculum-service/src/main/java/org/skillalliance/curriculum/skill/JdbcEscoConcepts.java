package org.skillalliance.curriculum.skill;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Repository;

/**
 * The writes of an ESCO import: skills and occupations upserted by their concept URI, one JDBC batch at a time, and
 * the counts that tell what an import inserted.
 */
@Repository
class JdbcEscoConcepts {

    private static final String UPSERT_SKILL = """
            insert into skill (id, code, name, category, esco_uri, description, created_at)
            values (?, ?, ?, 'OTHER', ?, ?, ?)
            on conflict (esco_uri) where esco_uri is not null do update
                set name = excluded.name, description = excluded.description
                where (skill.name, skill.description) is distinct from (excluded.name, excluded.description)
            """;

    private static final String UPSERT_OCCUPATION = """
            insert into occupation (uri, code, isco_group, label, description, imported_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (uri) do update
                set code = excluded.code, isco_group = excluded.isco_group, label = excluded.label,
                    description = excluded.description, imported_at = excluded.imported_at
                where (occupation.code, occupation.isco_group, occupation.label, occupation.description)
                    is distinct from (excluded.code, excluded.isco_group, excluded.label, excluded.description)
            """;

    private final JdbcTemplate jdbc;

    JdbcEscoConcepts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Blocks every other write to the kind's table until the transaction ends (reads go on): an import counts what it
     * inserted as the rise in the number of concepts, and two imports run one after the other.
     */
    void lock(EscoKind kind) {
        jdbc.execute("lock table " + table(kind) + " in share row exclusive mode");
    }

    /** How many concepts of the kind there are: the ESCO skills of the catalogue, or the occupations. */
    long count(EscoKind kind) {
        String sql = kind == EscoKind.SKILLS
                ? "select count(*) from skill where esco_uri is not null"
                : "select count(*) from occupation";
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * Inserts the concepts not there yet and gives those there the file's values where they differ. A skill is inserted
     * with its URI as code and the category {@code OTHER}; one already in the catalogue (by its ESCO URI) takes the
     * file's name and description and keeps its code and category.
     *
     * @return how many rows were inserted or changed (a row left as it was counts 0)
     */
    long upsert(EscoKind kind, List<EscoConcept> concepts, Instant at) {
        if (concepts.isEmpty()) {
            return 0;
        }
        Timestamp stamp = Timestamp.from(at);
        ParameterizedPreparedStatementSetter<EscoConcept> values = kind == EscoKind.SKILLS
                ? (statement, concept) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setString(2, concept.uri());
                    statement.setString(3, concept.label());
                    statement.setString(4, concept.uri());
                    statement.setString(5, concept.description());
                    statement.setTimestamp(6, stamp);
                }
                : (statement, concept) -> {
                    statement.setString(1, concept.uri());
                    statement.setString(2, concept.code());
                    statement.setString(3, concept.iscoGroup());
                    statement.setString(4, concept.label());
                    statement.setString(5, concept.description());
                    statement.setTimestamp(6, stamp);
                };
        int[][] counts = jdbc.batchUpdate(
                kind == EscoKind.SKILLS ? UPSERT_SKILL : UPSERT_OCCUPATION, concepts, concepts.size(), values);
        long written = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count < 0) {
                    // the driver would have to be told to rewrite batches (reWriteBatchedInserts) to answer this
                    throw new IllegalStateException("the database did not say how many rows a batched upsert wrote");
                }
                written += count;
            }
        }
        return written;
    }

    private static String table(EscoKind kind) {
        return kind == EscoKind.SKILLS ? "skill" : "occupation";
    }
}
