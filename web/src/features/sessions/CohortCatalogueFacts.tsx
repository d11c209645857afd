// What HR reads about a cohort beside its seats and price when choosing it: the course's language of instruction and
// prerequisites, and the cohort's sessions (GET /api/cohorts/{id} carries them).
import type { components } from "../../api/generated/curriculum-service";
import { Section } from "../../components/Page";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { SessionList } from "./SessionList";

type Cohort = components["schemas"]["CohortResponse"];

/** A language code as its name in the app's language ("de" as "German"), the code itself where none is known. */
export function languageName(code: string | undefined): string {
  if (!code) return t.common.none;
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CohortCatalogueFacts({ cohort }: { cohort: Cohort }) {
  const s = t.sessions;
  return (
    <>
      <dl className="details">
        <dt>{s.language}</dt>
        <dd>{languageName(cohort.language)}</dd>
        <dt>{s.prerequisites}</dt>
        <dd>{cohort.prerequisites || t.common.none}</dd>
        <dt>{s.count}</dt>
        <dd>{formatNumber(cohort.sessionCount ?? 0)}</dd>
      </dl>
      <Section title={s.title} id="sessions">
        <SessionList sessions={cohort.sessions ?? []} />
      </Section>
    </>
  );
}
