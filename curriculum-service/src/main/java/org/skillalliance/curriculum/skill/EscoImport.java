package org.skillalliance.curriculum.skill;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.skillalliance.security.Caller;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.BodyTooLargeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a file of the ESCO download (docs/curriculum.md, "ESCO import"): its skills into the catalogue, or its
 * occupations, upserted by concept URI as the file streams in, in batches of {@value #BATCH} rows, all in one
 * transaction: a malformed row anywhere (or a body past its limit) writes nothing at all, and the same file imported
 * twice changes nothing the second time.
 */
@Service
public class EscoImport {

    /** Rows per JDBC batch: what is held of the file at once, beside the URIs seen. */
    static final int BATCH = 500;

    private final JdbcEscoConcepts concepts;
    private final Clock clock;

    EscoImport(JdbcEscoConcepts concepts, Clock clock) {
        this.concepts = concepts;
        this.clock = clock;
    }

    /** What an import did: rows read, and of them inserted, updated and left unchanged. */
    public record Counts(EscoKind kind, long read, long inserted, long updated, long unchanged) {}

    /**
     * Reads the file of the kind {@code ?kind=} names ({@code skills} or {@code occupations}) and upserts its concepts.
     * Who may import is checked before anything the request says: a caller who may not import learns nothing about
     * their input.
     *
     * @throws ApiException.Forbidden     unless the caller is an alliance admin (the catalogue is every alliance's)
     * @throws ApiException.InvalidInput  for a kind that is neither (field {@code kind}); at the first malformed row,
     *                                    naming its line and field; nothing is written
     * @throws BodyTooLargeException      when the body goes past its limit; nothing is written
     */
    @Transactional(rollbackFor = BodyTooLargeException.class)
    public Counts run(Caller caller, String kindParameter, InputStream csv) throws BodyTooLargeException {
        caller.requireAnyRole("import ESCO files");
        EscoKind kind = EscoKind.of(kindParameter);
        concepts.lock(kind);
        long before = concepts.count(kind);
        Batches batches = new Batches(kind, clock.instant());
        long read = EscoCsv.read(csv, kind, batches);
        batches.flush();
        long inserted = concepts.count(kind) - before;
        long updated = batches.written - inserted;
        return new Counts(kind, read, inserted, updated, read - inserted - updated);
    }

    /** The rows read and not yet written, written every {@value #BATCH}. */
    private final class Batches implements Consumer<EscoConcept> {

        private final EscoKind kind;
        private final Instant at;
        private final List<EscoConcept> pending = new ArrayList<>(BATCH);
        private long written;

        Batches(EscoKind kind, Instant at) {
            this.kind = kind;
            this.at = at;
        }

        @Override
        public void accept(EscoConcept concept) {
            pending.add(concept);
            if (pending.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            written += concepts.upsert(kind, pending, at);
            pending.clear();
        }
    }
}
