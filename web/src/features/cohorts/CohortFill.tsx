// A cohort's fill: seats taken of its capacity (a progress bar and the words), and how many wait.
import type { components } from "../../api/generated/curriculum-service";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";

type Cohort = components["schemas"]["CohortResponse"];

export function seatsTaken(cohort: Cohort): number | undefined {
  if (cohort.capacity === undefined || cohort.seatsLeft === undefined) return undefined;
  return cohort.capacity - cohort.seatsLeft;
}

export function CohortFill({ cohort }: { cohort: Cohort }) {
  const taken = seatsTaken(cohort);
  const capacity = cohort.capacity ?? 0;
  const words = taken === undefined ? t.common.none : t.pages.cohorts.fill(formatNumber(taken), formatNumber(capacity));
  return (
    <>
      {taken === undefined ? null : <progress max={capacity} value={taken} aria-label={words} />} <span>{words}</span>
      {cohort.waitlistLength ? <span>{`, ${t.pages.cohorts.waiting(formatNumber(cohort.waitlistLength))}`}</span> : null}
    </>
  );
}
