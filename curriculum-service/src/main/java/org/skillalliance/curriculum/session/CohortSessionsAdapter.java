package org.skillalliance.curriculum.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.curriculum.cohort.CohortSessions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a cohort's answer shows. */
@Component
class CohortSessionsAdapter implements CohortSessions {

    private final JdbcSessions sessions;

    CohortSessionsAdapter(JdbcSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> sessionCounts(Collection<UUID> cohortIds) {
        return sessions.counts(cohortIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Slot> sessions(UUID cohortId) {
        return sessions.ofCohort(cohortId).stream()
                .map(CohortSessionsAdapter::slot)
                .toList();
    }

    static Slot slot(CohortSession s) {
        return new Slot(s.id(), s.date(), s.startTime(), s.endTime(), s.place(), s.onlineLink(), s.title(), s.hours());
    }
}
