// A cohort's reaction (Kirkpatrick level 1, GET /api/cohorts/{cohortId}/feedback, docs/curriculum.md), for its
// provider and its alliance's coordinator: mean satisfaction and respondents, and the comments without names, in
// alphabetical order, only from k respondents on and once the cohort completed; otherwise the page says why they are
// suppressed (the API's `suppressedBecause`).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { Section } from "../../components/Page";
import { QueryView } from "../../components/States";
import { Figure } from "../../components/Table";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";

export function CohortFeedback({ cohortId }: { cohortId: string }) {
  const feedback = useQuery({
    queryKey: ["cohort-feedback", cohortId],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts/{cohortId}/feedback", { params: { path: { cohortId } } })),
  });
  const f = t.evaluation.feedback;
  return (
    <Section title={f.title} id="cohort-feedback">
      <QueryView query={feedback}>
        {(data) => (
          <>
            <dl className="figures">
              <Figure label={f.meanSatisfaction} value={data.meanSatisfaction == null ? t.common.none : formatNumber(data.meanSatisfaction)} />
              <Figure label={f.respondents} value={formatNumber(data.respondents ?? 0)} />
            </dl>
            <h3>{f.comments}</h3>
            {data.suppressed ? (
              <p className="suppressed">
                {data.suppressedBecause ? f.suppressedBecause[data.suppressedBecause](data.minimumRespondents ?? 0) : f.suppressed(data.minimumRespondents ?? 0)}
              </p>
            ) : (data.comments ?? []).length === 0 ? (
              <p>{f.noComments}</p>
            ) : (
              <>
                <p className="hint">{f.commentsNote}</p>
                <ul aria-label={f.comments}>
                  {(data.comments ?? []).map((comment, index) => (
                    <li key={index}>{comment}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}
