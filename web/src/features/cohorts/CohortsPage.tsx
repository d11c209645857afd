// The coordinator's cohorts of one alliance: fill and waitlist of each, the lifecycle steps, scheduling a new one.
// Filtered by status and start date on the server; each cohort's page holds its cost-sharing rule and split.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { CourseTitle } from "../shared/Names";
import { useAllianceChoice } from "../alliance/acting";
import { CohortActions } from "./CohortActions";
import { CohortFill } from "./CohortFill";
import { CohortForm } from "./CohortForm";

type Cohort = components["schemas"]["CohortResponse"];
type Status = NonNullable<Cohort["status"]>;
export const COHORT_STATUSES: Status[] = ["PLANNED", "OPEN", "RUNNING", "COMPLETED", "CANCELLED"];

export function CohortTable({ cohorts, detailPath, who }: { cohorts: Cohort[]; detailPath: (id: string) => string; who: "coordinator" | "provider" }) {
  const c = t.pages.cohorts;
  return (
    <table>
      <caption className="visually-hidden">{c.title}</caption>
      <thead>
        <tr>
          <th scope="col">{c.columns.course}</th>
          <th scope="col">{c.columns.dates}</th>
          <th scope="col">{c.columns.enrolment}</th>
          <th scope="col">{c.columns.status}</th>
          <th scope="col">{c.columns.fill}</th>
          <th scope="col">{c.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {cohorts.map((cohort) => (
          <tr key={cohort.id}>
            <td>
              <Link to={detailPath(cohort.id ?? "")}>
                <CourseTitle id={cohort.courseId} />
              </Link>
            </td>
            <td>{t.common.dateRange(formatDate(cohort.startDate), formatDate(cohort.endDate))}</td>
            <td>{t.common.dateRange(formatDate(cohort.enrolmentOpens), formatDate(cohort.enrolmentCloses))}</td>
            <td>{cohort.status ? t.status.cohort[cohort.status] : t.common.none}</td>
            <td>
              <CohortFill cohort={cohort} />
            </td>
            <td>
              <CohortActions cohort={cohort} who={who} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CohortFilters({ paging }: { paging: ReturnType<typeof usePaging> }) {
  const c = t.pages.cohorts;
  return (
    <div className="filters">
      <SelectField
        label={c.status}
        name="status"
        value={paging.params.get("status") ?? ""}
        onChange={(event) => paging.setFilters({ status: event.target.value })}
      >
        <option value="">{t.common.all}</option>
        {COHORT_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t.status.cohort[value]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={c.startsFrom}
        name="startsFrom"
        type="date"
        value={paging.params.get("startsFrom") ?? ""}
        onChange={(event) => paging.setFilters({ startsFrom: event.target.value })}
      />
    </div>
  );
}

export function cohortQuery(paging: ReturnType<typeof usePaging>) {
  const status = paging.params.get("status") ?? "";
  const startsFrom = paging.params.get("startsFrom") ?? "";
  return {
    status: status === "" ? undefined : (status as Status),
    startsFrom: startsFrom === "" ? undefined : startsFrom,
    page: paging.page,
    size: paging.size,
  };
}

export function CoordinatorCohortsPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const paging = usePaging();
  const [scheduling, setScheduling] = useState(false);
  const [scheduled, setScheduled] = useState<string | null>(null);
  const query = cohortQuery(paging);
  const cohorts = useQuery({
    queryKey: ["cohorts", "alliance", alliance?.id, query],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts", { params: { query: { allianceId: alliance?.id, ...query } } })),
    enabled: alliance !== undefined,
  });
  const c = t.pages.cohorts;
  return (
    <Page
      title={c.title}
      intro={c.coordinatorIntro}
      actions={
        alliance && !scheduling ? (
          <button type="button" className="primary" onClick={() => setScheduling(true)}>
            {t.coordinator.cohortForm.title}
          </button>
        ) : null
      }
    >
      {chooser}
      {scheduled ? (
        <p role="status" className="ok">
          {scheduled}
        </p>
      ) : null}
      {alliance && scheduling ? (
        <Section title={t.coordinator.cohortForm.title}>
          <CohortForm
            allianceId={alliance.id ?? ""}
            organiserId={alliance.coordinatorId ?? ""}
            currency={alliance.currency}
            onDone={() => {
              setScheduling(false);
              setScheduled(t.coordinator.cohortForm.done);
            }}
          />
          <button type="button" onClick={() => setScheduling(false)}>
            {t.common.cancel}
          </button>
        </Section>
      ) : null}
      {state ?? (
        <>
          <CohortFilters paging={paging} />
          <QueryView query={cohorts}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{c.emptyCoordinator}</Empty>
              ) : (
                <>
                  <CohortTable cohorts={data.items ?? []} detailPath={(id) => `/coordinator/cohorts/${id}`} who="coordinator" />
                  <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
                </>
              )
            }
          </QueryView>
        </>
      )}
    </Page>
  );
}
