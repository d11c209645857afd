// The coordinator's home: the alliance overview (GET /api/reports/alliances/{id}/overview, docs/reporting.md):
// members by status, seats offered and filled, the waitlist, completions per month (charted), skills by category,
// and the evaluation beyond completion (transfer rate, ROI in the alliance's currency, suppressed below k employers).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/reporting-service";
import { Page, Section } from "../../components/Page";
import { ErrorState, QueryView } from "../../components/States";
import { formatDateTime, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { useAllianceChoice } from "../alliance/acting";
import { Chart } from "../../components/Chart";
import { EvaluationSection } from "../evaluation/EvaluationSection";
import { WorkplaceLearningSection } from "../workplaceReport/WorkplaceLearningSection";
import { downloadCsv } from "../impact/download";

type Overview = components["schemas"]["AllianceOverview"];

function CountTable({ caption, head, counts, label }: { caption: string; head: string; counts: Record<string, number>; label: (key: string) => string }) {
  const entries = Object.entries(counts);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="number">
            {t.coordinator.overview.count}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.length === 0 ? (
          <tr>
            <td colSpan={2}>{t.common.none}</td>
          </tr>
        ) : (
          entries.map(([key, value]) => (
            <tr key={key}>
              <td>{label(key)}</td>
              <td className="number">{formatNumber(value)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function OverviewView({ overview, currency }: { overview: Overview; currency: string | undefined }) {
  const o = t.coordinator.overview;
  const months = Object.entries(overview.completionsPerMonth ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: "axis" },
      grid: { containLabel: true, top: 40, left: 8, right: 8, bottom: 8 },
      xAxis: { type: "category", data: months.map(([month]) => month) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ name: o.completions, type: "bar", data: months.map(([, count]) => count) }],
    }),
    [overview],
  );
  const offered = overview.seatsOffered ?? 0;
  const filled = overview.seatsFilled ?? 0;
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{o.seatsOffered}</dt>
          <dd>{formatNumber(offered)}</dd>
        </div>
        <div>
          <dt>{o.seatsFilled}</dt>
          <dd>
            {formatNumber(filled)} {offered > 0 ? <span className="hint">({formatPercent(filled / offered)})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{o.waitlist}</dt>
          <dd>{formatNumber(overview.waitlistLength ?? 0)}</dd>
        </div>
      </dl>
      <p className="hint">{o.currentAsOf(formatDateTime(overview.currentAsOf))}</p>
      <Section title={o.completionsTitle}>
        {months.length === 0 ? <p>{o.noCompletions}</p> : <Chart option={option} />}
        <CountTable caption={o.completionsCaption} head={o.month} counts={Object.fromEntries(months)} label={(key) => key} />
      </Section>
      <Section title={o.membersTitle}>
        <CountTable
          caption={o.membersCaption}
          head={o.status}
          counts={overview.membersByStatus ?? {}}
          label={(key) => t.coordinator.memberships.statuses[key as keyof typeof t.coordinator.memberships.statuses] ?? key}
        />
        <Link to="/coordinator/memberships">{o.toApplications}</Link>
      </Section>
      <Section title={o.skillsTitle}>
        <CountTable
          caption={o.skillsCaption}
          head={o.category}
          counts={overview.skillsByCategory ?? {}}
          label={(key) => t.pages.categories[key as keyof typeof t.pages.categories] ?? key}
        />
      </Section>
      <EvaluationSection evaluation={overview.evaluation} currency={currency} id="evaluation" />
      <WorkplaceLearningSection learning={overview.workplaceLearning} id="workplace-learning" />
    </>
  );
}

export function AllianceOverviewPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const overview = useQuery({
    queryKey: ["overview", alliance?.id],
    queryFn: () =>
      unwrap(api.reporting.GET("/api/reports/alliances/{allianceId}/overview", { params: { path: { allianceId: alliance?.id ?? "" } } })) as Promise<Overview>,
    enabled: alliance !== undefined,
  });
  const csv = useMutation({ mutationFn: () => downloadCsv(`/api/reports/alliances/${alliance?.id}/overview`, `alliance-overview-${alliance?.id}.csv`) });
  const o = t.coordinator.overview;
  return (
    <Page
      title={alliance?.name ? o.titleOf(alliance.name) : o.title}
      intro={o.intro}
      actions={
        alliance ? (
          <button type="button" onClick={() => csv.mutate()} disabled={csv.isPending}>
            {csv.isPending ? t.pages.downloading : t.pages.downloadCsv}
          </button>
        ) : null
      }
    >
      {chooser}
      {csv.error ? <ErrorState error={csv.error} /> : null}
      {state ?? <QueryView query={overview}>{(data) => <OverviewView overview={data} currency={alliance?.currency} />}</QueryView>}
    </Page>
  );
}
