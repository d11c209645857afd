// HR's return on training (GET /api/reports/employers/{employerId}/roi, docs/reporting.md): per cohort its staff
// attended, the benefits of the measures the employer reported against its fully loaded costs (cost share + wage cost
// of the hours attended - grant paid to it), ROI %, benefit-cost ratio and transfer rate; totals per currency; a bar
// picture of benefits and costs per cohort beside the table (the table is its text equivalent). Its own data: never
// suppressed. The same figures as CSV.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { Chart } from "../../components/Chart";
import { Page, Section } from "../../components/Page";
import { ColumnHeads } from "../../components/Table";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { cohortName, moneyText, rateText, ratioText, roiPercentText } from "../../format/figureText";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { downloadCsv } from "../impact/download";
import { roiChartOption, type CohortRoi, type EmployerRoi } from "./roiChart";

const figure = (label: string) => ({ label, number: true });

function CurrencyPicture({ cohorts, currency }: { cohorts: CohortRoi[]; currency: string }) {
  const r = t.evaluation.roi;
  const option = useMemo(() => roiChartOption(cohorts, currency, { benefits: r.series.benefits, costs: r.series.costs, cohort: cohortName }), [cohorts, currency]);
  return (
    <Section title={r.pictureTitle(currency)} id={`roi-picture-${currency}`}>
      <p className="hint">{r.pictureText}</p>
      <Chart option={option} />
    </Section>
  );
}

function RoiView({ roi }: { roi: EmployerRoi }) {
  const r = t.evaluation.roi;
  const cohorts = roi.cohorts ?? [];
  const totals = roi.totals ?? [];
  if (cohorts.length === 0) return <Empty>{r.none}</Empty>;
  return (
    <>
      <Section title={r.cohortsTitle} id="roi-cohorts">
        <table>
          <caption>{r.caption}</caption>
          <ColumnHeads
            columns={[
              { label: r.columns.cohort },
              { label: r.columns.reported },
              ...[r.columns.benefits, r.columns.trainingCost, r.columns.wageCost, r.columns.grant, r.columns.costs, r.columns.roi, r.columns.ratio, r.columns.transfer].map(figure),
            ]}
          />
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.cohortId}>
                <th scope="row">
                  <Link to={`/results?cohort=${cohort.cohortId}`}>{cohortName(cohort)}</Link>
                </th>
                <td>{cohort.reported ? r.reportedMeasures(cohort.measures ?? 0) : r.notReported}</td>
                <td className="number">{moneyText(cohort.benefitsMinor, cohort.currency)}</td>
                <td className="number">{moneyText(cohort.trainingCostMinor, cohort.currency)}</td>
                <td className="number">
                  {cohort.hourlyWageCostMinor == null ? (
                    <Link to={`/results?cohort=${cohort.cohortId}`}>
                      {r.wageNotSet}
                    </Link>
                  ) : (
                    moneyText(cohort.wageCostMinor, cohort.currency)
                  )}
                </td>
                <td className="number">{moneyText(cohort.grantDisbursedMinor, cohort.currency)}</td>
                <td className="number">{moneyText(cohort.costsMinor, cohort.currency)}</td>
                <td className="number">{roiPercentText(cohort.roiPercent)}</td>
                <td className="number">{ratioText(cohort.benefitCostRatio)}</td>
                <td className="number">{rateText(cohort.transferRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {totals.map((total) => (
        <CurrencyPicture key={total.currency} cohorts={cohorts} currency={total.currency ?? ""} />
      ))}
      <Section title={r.totalsTitle} id="roi-totals">
        <table>
          <caption>{r.totalsCaption}</caption>
          <ColumnHeads columns={[{ label: r.columns.currency }, ...[r.columns.cohorts, r.columns.benefits, r.columns.costs, r.columns.roi, r.columns.ratio].map(figure)]} />
          <tbody>
            {totals.map((total) => (
              <tr key={total.currency}>
                <th scope="row">{total.currency}</th>
                <td className="number">{formatNumber(total.cohorts ?? 0)}</td>
                <td className="number">{moneyText(total.benefitsMinor, total.currency)}</td>
                <td className="number">{moneyText(total.costsMinor, total.currency)}</td>
                <td className="number">{roiPercentText(total.roiPercent)}</td>
                <td className="number">{ratioText(total.benefitCostRatio)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <p>
        <Link to="/results">{r.toResults}</Link>
      </p>
    </>
  );
}

export function EmployerRoiPage() {
  const employerId = useEmployerId();
  const roi = useQuery({
    queryKey: ["employer-roi", employerId],
    queryFn: () => unwrap(api.reporting.GET("/api/reports/employers/{employerId}/roi", { params: { path: { employerId: employerId ?? "" } } })) as Promise<EmployerRoi>,
    enabled: employerId !== null,
  });
  const csv = useMutation({ mutationFn: () => downloadCsv(`/api/reports/employers/${employerId}/roi`, `employer-roi-${employerId}.csv`) });
  const r = t.evaluation.roi;
  if (employerId === null) return <NoEmployer title={r.title} />;
  return (
    <Page
      title={r.title}
      intro={r.intro}
      actions={
        <button type="button" onClick={() => csv.mutate()} disabled={csv.isPending}>
          {csv.isPending ? t.pages.downloading : t.pages.downloadCsv}
        </button>
      }
    >
      {csv.error ? <ErrorState error={csv.error} /> : null}
      <QueryView query={roi}>{(data) => <RoiView roi={data} />}</QueryView>
    </Page>
  );
}
