// A programme's impact report (GET /api/reports/programmes/{id}/impact, docs/reporting.md): headline figures, money,
// retention, the evaluation beyond completion (transfer rate, ROI, suppressed below k employers reported) and the
// breakdowns, each charted beside its table; a suppressed cell reads "suppressed", never 0, and a breakdown withheld
// whole says so. The same filters give the CSV (Accept: text/csv).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { useParams, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/reporting-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Figure } from "../../components/Table";
import { ErrorState, Loading } from "../../components/States";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { useProgramme } from "../alliance/names";
import { Chart } from "../../components/Chart";
import { EvaluationSection } from "../evaluation/EvaluationSection";
import { WorkplaceLearningSection } from "../workplaceReport/WorkplaceLearningSection";
import { downloadCsv } from "./download";
import { breakdownChartOption, breakdownViews, type BreakdownView } from "./impactSeries";

type Report = components["schemas"]["ImpactReport"];
const FILTERS = ["from", "to", "sizeBand", "sector", "region"] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
type ImpactQuery = Partial<Omit<Filters, "sizeBand">> & { sizeBand?: "MICRO" | "SMALL" | "MEDIUM" | "LARGE" };

/** The filters as the report's query: blanks left out, since an empty parameter is refused (docs/api.md). */
export function impactQuery(filters: Filters): ImpactQuery {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value.trim() !== "")
      .map(([key, value]) => [key, value.trim()]),
  ) as ImpactQuery;
}

function rate(value: number | undefined | null): string {
  return value === undefined || value === null ? t.common.none : formatPercent(value);
}

function Breakdown({ view }: { view: BreakdownView }) {
  const i = t.funder.impact;
  const name = i.breakdowns[view.name as keyof typeof i.breakdowns] ?? view.name;
  const keyLabel = (key: string) =>
    view.name === "sizeBand" ? (t.pages.sizeBands[key as keyof typeof t.pages.sizeBands] ?? key) : key === "NOT_REPORTED" ? i.notReported : key;
  const option = useMemo(
    () => breakdownChartOption(view, { participants: i.participants, completions: i.completions, suppressed: t.pages.suppressed, keyLabel }),
    [view],
  );
  return (
    <Section title={i.byBreakdown(name)} id={`breakdown-${view.name}`}>
      {view.withheld ? (
        <p>{i.withheld}</p>
      ) : view.rows.length === 0 ? (
        <p>{i.noCells}</p>
      ) : (
        <>
          <Chart option={option} />
          <table>
            <caption>{i.breakdownCaption(name)}</caption>
            <thead>
              <tr>
                <th scope="col">{name}</th>
                <th scope="col" className="number">
                  {i.participants}
                </th>
                <th scope="col" className="number">
                  {i.enrolments}
                </th>
                <th scope="col" className="number">
                  {i.completions}
                </th>
                <th scope="col" className="number">
                  {i.completionRate}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{keyLabel(row.key)}</th>
                  {row.suppressed ? (
                    <td colSpan={4} className="suppressed">
                      {i.suppressedCell}
                    </td>
                  ) : (
                    <>
                      <td className="number">{row.participants === null ? t.common.none : formatNumber(row.participants)}</td>
                      <td className="number">{row.enrolments === null ? t.common.none : formatNumber(row.enrolments)}</td>
                      <td className="number">{row.completions === null ? t.common.none : formatNumber(row.completions)}</td>
                      <td className="number">{rate(row.completionRate)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}

function ReportView({ report }: { report: Report }) {
  const i = t.funder.impact;
  const currency = report.currency ?? "EUR";
  const money = (minor: number | undefined | null) => (minor === undefined || minor === null ? t.common.none : formatMoney(minor, currency));
  const count = (value: number | undefined) => formatNumber(value ?? 0);
  return (
    <>
      <p className="hint">
        {i.period(formatDate(report.from), formatDate(report.to))} {i.currentAsOf(formatDateTime(report.currentAsOf))} {i.k(report.suppressionK ?? 5)}
      </p>
      <Section title={i.peopleTitle}>
        <dl className="figures">
          <Figure label={i.participants} value={count(report.participants)} />
          <Figure label={i.employersServed} value={count(report.employersServed)} />
          <Figure label={i.enrolments} value={count(report.enrolments)} />
          <Figure label={i.completions} value={count(report.completions)} />
          <Figure label={i.completionRate} value={rate(report.completionRate)} />
          <Figure label={i.credentials} value={count(report.credentials)} />
          <Figure label={i.credentialRate} value={rate(report.credentialRate)} />
          <Figure label={i.noShowRate} value={rate(report.noShowRate)} />
          <Figure label={i.skillGainRate} value={rate(report.skillGainRate)} />
          <Figure
            label={i.meanSkillGain}
            value={report.meanSkillGain === undefined || report.meanSkillGain === null ? t.common.none : formatNumber(report.meanSkillGain)}
          />
          <Figure label={i.trainingHours} value={formatNumber(report.trainingHours ?? 0)} />
          <Figure
            label={i.meanSatisfaction}
            value={report.meanSatisfaction === undefined || report.meanSatisfaction === null ? t.common.none : formatNumber(report.meanSatisfaction)}
          />
        </dl>
      </Section>
      <Section title={i.moneyTitle}>
        <dl className="figures">
          <Figure label={i.totalTrainingCost} value={money(report.totalTrainingCostMinor)} />
          <Figure label={i.grantCommitted} value={money(report.grantCommittedMinor)} />
          <Figure label={i.grantDisbursed} value={money(report.grantDisbursedMinor)} />
          {Object.entries(report.disbursedByMilestone ?? {}).map(([milestone, minor]) => (
            <Figure key={milestone} label={i.disbursedByMilestone(t.claimRules.milestones[milestone as keyof typeof t.claimRules.milestones] ?? milestone)} value={money(minor)} />
          ))}
          <Figure label={i.otherGrants} value={money(report.otherGrantsDisbursedMinor)} />
          <Figure label={i.employerContribution} value={money(report.employerContributionMinor)} />
          <Figure label={i.leverage} value={report.leverage === undefined || report.leverage === null ? t.common.none : formatNumber(report.leverage)} />
          <Figure label={i.costPerParticipant} value={money(report.costPerParticipantMinor)} />
          <Figure label={i.costPerCompletion} value={money(report.costPerCompletionMinor)} />
          <Figure label={i.costPerCredential} value={money(report.costPerCredentialMinor)} />
        </dl>
        {report.seatsWithoutCostShares ? <p className="hint">{i.seatsWithoutCostShares(report.seatsWithoutCostShares)}</p> : null}
      </Section>
      <Section title={i.retentionTitle}>
        <dl className="figures">
          <Figure
            label={i.retention6}
            value={i.retention(rate(report.retention6Months?.rate), count(report.retention6Months?.retained), count(report.retention6Months?.measured))}
          />
          <Figure
            label={i.retention12}
            value={i.retention(rate(report.retention12Months?.rate), count(report.retention12Months?.retained), count(report.retention12Months?.measured))}
          />
        </dl>
        <p className="hint">{i.retentionAsOf(formatDate(report.retentionAsOf))}</p>
      </Section>
      <EvaluationSection evaluation={report.evaluation} currency={report.currency} id="evaluation" />
      <WorkplaceLearningSection learning={report.workplaceLearning} id="workplace-learning" />
      {breakdownViews(report).map((view) => (
        <Breakdown key={view.name} view={view} />
      ))}
    </>
  );
}

export function ImpactPage() {
  const { id = "" } = useParams();
  const programme = useProgramme(id);
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ""])) as Filters;
  const [filters, setFilters] = useState<Filters>(applied);
  const query = impactQuery(applied);
  const report = useQuery({
    queryKey: ["impact", id, query],
    // JSON is asked for (openapi-fetch's default Accept); the CSV representation is the download's
    queryFn: () =>
      unwrap(api.reporting.GET("/api/reports/programmes/{programmeId}/impact", { params: { path: { programmeId: id }, query } })) as Promise<Report>,
  });
  const csv = useMutation({
    mutationFn: () =>
      downloadCsv(`/api/reports/programmes/${id}/impact?${new URLSearchParams(query as Record<string, string>).toString()}`, `impact-report-${id}.csv`),
  });
  const i = t.funder.impact;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(impactQuery(filters) as Record<string, string>));
  };
  const problem = report.error;
  const set = (name: keyof Filters) => (event: { target: { value: string } }) => setFilters({ ...filters, [name]: event.target.value });
  return (
    <Page
      title={programme.data?.name ? i.titleOf(programme.data.name) : i.title}
      intro={i.intro}
      actions={
        <button type="button" onClick={() => csv.mutate()} disabled={csv.isPending}>
          {csv.isPending ? t.pages.downloading : t.pages.downloadCsv}
        </button>
      }
    >
      {csv.error ? <ErrorState error={csv.error} /> : null}
      <form className="filters" onSubmit={apply} noValidate aria-label={i.filters}>
        <TextField label={i.from} name="from" type="date" problem={problem} value={filters.from} onChange={set("from")} />
        <TextField label={i.to} name="to" type="date" problem={problem} value={filters.to} onChange={set("to")} />
        <SelectField label={i.sizeBand} name="sizeBand" problem={problem} value={filters.sizeBand} onChange={set("sizeBand")}>
          <option value="">{t.common.all}</option>
          {(["MICRO", "SMALL", "MEDIUM", "LARGE"] as const).map((band) => (
            <option key={band} value={band}>
              {t.pages.sizeBands[band]}
            </option>
          ))}
        </SelectField>
        <TextField label={i.sector} name="sector" hint={i.sectorHint} problem={problem} value={filters.sector} onChange={set("sector")} />
        <TextField label={i.region} name="region" hint={i.regionHint} problem={problem} value={filters.region} onChange={set("region")} />
        <button type="submit" className="primary">
          {t.common.apply}
        </button>
        <button
          type="button"
          onClick={() => {
            setFilters({ from: "", to: "", sizeBand: "", sector: "", region: "" });
            setParams(new URLSearchParams());
          }}
        >
          {t.common.clear}
        </button>
      </form>
      {report.isPending ? (
        <Loading label={i.loading} />
      ) : report.error ? (
        (report.error as { status?: number }).status === 400 ? (
          <FormProblem problem={report.error} fields={[...FILTERS]} />
        ) : (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        )
      ) : report.data ? (
        <ReportView report={report.data} />
      ) : null}
    </Page>
  );
}
