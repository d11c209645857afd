// The member-admin's home: the employer's enrolments by status, the next cohorts open for enrolment, and its money
// for the year so far (the statement API's totals, and its current cost shares).
import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { Chart, type ChartOption } from "../../components/Chart";
import { Page, Section } from "../../components/Page";
import { Empty, ErrorState, Loading, QueryView } from "../../components/States";
import { formatMoney, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { CohortsTable } from "../catalogue/CoursePage";
import { ENROLMENT_STATUSES } from "../enrolments/EnrolmentsPage";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerAlliances, useEmployerId, useChosenAlliance } from "../employer/employer";
import { useOrganisation } from "../shared/lookups";
import { StatementTotals, usePeriod, useStatement } from "../money/money";

function EnrolmentsByStatus({ employerId }: { employerId: string }) {
  const counts = useQueries({
    queries: ENROLMENT_STATUSES.map((status) => ({
      queryKey: ["enrolments", "count", employerId, status],
      queryFn: () => unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { employerId, status, page: 0, size: 1 } } })),
    })),
  });
  const h = t.home;
  const values = counts.map((query) => query.data?.totalItems ?? 0);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 110, right: 20, top: 10, bottom: 20 },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: ENROLMENT_STATUSES.map((status) => t.status.enrolment[status]) },
      series: [{ type: "bar", data: values, itemStyle: { color: "#0b5394" } }],
      tooltip: {},
    }),
    [values.join(",")],
  );
  const failed = counts.find((query) => query.error);
  return (
    <Section title={h.enrolmentsTitle} id="enrolments-by-status">
      {counts.some((query) => query.isPending) ? (
        <Loading />
      ) : failed ? (
        <ErrorState error={failed.error} onRetry={() => counts.forEach((query) => void query.refetch())} />
      ) : values.every((value) => value === 0) ? (
        <Empty>
          {h.noEnrolments} <Link to="/catalogue">{t.enrolments.toCatalogue}</Link>
        </Empty>
      ) : (
        <div className="split">
          <table>
            <caption className="visually-hidden">{h.enrolmentsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.enrolments.columns.status}</th>
                <th scope="col" className="number">
                  {h.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {ENROLMENT_STATUSES.map((status, index) => (
                <tr key={status}>
                  <th scope="row">
                    <Link to={`/enrolments?status=${status}`}>{t.status.enrolment[status]}</Link>
                  </th>
                  <td className="number">{formatNumber(values[index] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Chart option={option} height="16rem" />
        </div>
      )}
    </Section>
  );
}

function NextCohorts({ allianceId }: { allianceId: string | undefined }) {
  const today = new Date().toISOString().slice(0, 10);
  const cohorts = useQuery({
    queryKey: ["cohorts", "next", allianceId, today],
    queryFn: () =>
      unwrap(api.curriculum.GET("/api/cohorts", { params: { query: { status: "OPEN", startsFrom: today, page: 0, size: 50, ...(allianceId ? { allianceId } : {}) } } })),
  });
  const h = t.home;
  return (
    <Section title={h.nextCohortsTitle} id="next-cohorts">
      <QueryView query={cohorts}>
        {(data) => {
          const next = [...(data.items ?? [])].sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? "")).slice(0, 5);
          return next.length === 0 ? (
            <Empty>{h.noNextCohorts}</Empty>
          ) : (
            <>
              <CohortsTable cohorts={next} caption={h.nextCohortsTitle} />
              <Link to="/catalogue">{h.toCatalogue}</Link>
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

/** The employer's own shares of cohorts not yet running (PROVISIONAL: not charged yet, so not in the statement). */
function ProvisionalShares({ employerId }: { employerId: string }) {
  const shares = useQuery({
    queryKey: ["cost-shares", employerId, "PROVISIONAL"],
    queryFn: () => unwrap(api.funding.GET("/api/cost-shares", { params: { query: { employerId, status: "PROVISIONAL", page: 0, size: 200 } } })),
  });
  if (!shares.data) return null;
  const byCurrency = new Map<string, { minor: number; cohorts: number }>();
  for (const share of shares.data.items ?? []) {
    const own = (share.shares ?? []).find((line) => line.employerId === employerId);
    if (!own || own.amountMinor === undefined || !share.currency) continue;
    const sum = byCurrency.get(share.currency) ?? { minor: 0, cohorts: 0 };
    byCurrency.set(share.currency, { minor: sum.minor + own.amountMinor, cohorts: sum.cohorts + 1 });
  }
  if (byCurrency.size === 0) return null;
  return (
    <ul className="plain">
      {[...byCurrency.entries()].map(([currency, sum]) => (
        <li key={currency}>{t.home.provisionalShares(formatMoney(sum.minor, currency), sum.cohorts)}</li>
      ))}
    </ul>
  );
}

function Money({ employerId }: { employerId: string }) {
  const { from, to } = usePeriod();
  const statement = useStatement(employerId, from, to);
  return (
    <Section title={t.home.moneyTitle} id="money">
      <QueryView query={statement}>{(data) => <StatementTotals totals={data.totals ?? []} from={from} to={to} />}</QueryView>
      <ProvisionalShares employerId={employerId} />
      <Link to={`/statements?from=${from}&to=${to}`}>{t.home.toStatements}</Link>
    </Section>
  );
}

export function EmployerHomePage() {
  const employerId = useEmployerId();
  const organisation = useOrganisation(employerId ?? undefined);
  const alliances = useEmployerAlliances(employerId);
  const { allianceId } = useChosenAlliance(alliances.data);
  if (employerId === null) return <NoEmployer title={t.home.title} />;
  return (
    <Page title={organisation.data?.legalName ? t.home.titleFor(organisation.data.legalName) : t.home.title} intro={t.home.intro}>
      <EnrolmentsByStatus employerId={employerId} />
      <NextCohorts allianceId={allianceId} />
      <Money employerId={employerId} />
    </Page>
  );
}
