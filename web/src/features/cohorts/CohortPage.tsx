// One cohort for its coordinator: dates, fill and waitlist, the lifecycle steps, and its cost sharing.
import { useParams } from "react-router";
import { Page } from "../../components/Page";
import { QueryView } from "../../components/States";
import { formatDate, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { CostSharePanel } from "../costShares/CostSharePanel";
import { CohortFeedback } from "../feedback/CohortFeedback";
import { CohortSessions } from "../sessions/CohortSessions";
import { useCohort, useCourse } from "../shared/lookups";
import { CohortActions } from "./CohortActions";
import { CohortFill } from "./CohortFill";

export function CoordinatorCohortPage() {
  const { id } = useParams();
  const cohort = useCohort(id);
  const course = useCourse(cohort.data?.courseId);
  const c = t.pages.cohorts;
  return (
    <Page title={course.data?.title ? c.cohortOf(course.data.title) : c.cohortTitle}>
      <QueryView query={cohort}>
        {(data) => (
          <>
            <dl className="figures">
              <div>
                <dt>{c.columns.dates}</dt>
                <dd>{t.common.dateRange(formatDate(data.startDate), formatDate(data.endDate))}</dd>
              </div>
              <div>
                <dt>{c.columns.enrolment}</dt>
                <dd>{t.common.dateRange(formatDate(data.enrolmentOpens), formatDate(data.enrolmentCloses))}</dd>
              </div>
              <div>
                <dt>{c.columns.status}</dt>
                <dd>{data.status ? t.status.cohort[data.status] : t.common.none}</dd>
              </div>
              <div>
                <dt>{c.columns.fill}</dt>
                <dd>
                  <CohortFill cohort={data} />
                </dd>
              </div>
              <div>
                <dt>{c.price}</dt>
                <dd>
                  {data.cost ? c.priceOf(formatMoney(data.cost.amountMinor ?? 0, data.cost.currency ?? "EUR"), data.cost.pricing ?? "PER_SEAT") : t.common.none}
                </dd>
              </div>
            </dl>
            <h2 className="visually-hidden">{c.columns.actions}</h2>
            <CohortActions cohort={data} who="coordinator" />
            <CohortSessions cohort={data} />
            <CostSharePanel cohortId={data.id ?? ""} organiserId={data.organiserId ?? ""} />
            {data.status === "RUNNING" || data.status === "COMPLETED" ? <CohortFeedback cohortId={data.id ?? ""} /> : null}
          </>
        )}
      </QueryView>
    </Page>
  );
}
