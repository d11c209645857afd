// A cohort's sessions for the coordinator who schedules it: the list and, while the cohort can still change, a form to
// add one. (The provider's page adds the registers: AttendancePanel.)
import type { components } from "../../api/generated/curriculum-service";
import { Section } from "../../components/Page";
import { t } from "../../i18n";
import { AddSession } from "./AddSession";
import { SessionList } from "./SessionList";

type Cohort = components["schemas"]["CohortResponse"];

export function CohortSessions({ cohort }: { cohort: Cohort }) {
  const s = t.sessions;
  return (
    <Section title={s.title} id="sessions">
      <SessionList sessions={cohort.sessions ?? []} />
      {cohort.status === "CANCELLED" || cohort.status === "COMPLETED" ? null : (
        <details>
          <summary>{s.add.title}</summary>
          <AddSession cohortId={cohort.id ?? ""} />
        </details>
      )}
    </Section>
  );
}
