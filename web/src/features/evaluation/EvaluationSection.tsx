// The evaluation beyond completion of a programme's impact report and an alliance's overview (docs/reporting.md,
// ../shared/DESIGN.md section 3): follow-ups and the transfer rate, the return on training (benefits, fully loaded
// costs, ROI %, benefit-cost ratio) and the share of employers that reported; per cohort in a table. Where fewer than
// k employers reported the API withholds benefits, ROI and ratio: they read "suppressed: fewer than k employers
// reported", never 0.
import type { components } from "../../api/generated/reporting-service";
import { Section } from "../../components/Page";
import { ColumnHeads, Figure } from "../../components/Table";
import { formatDate, formatMoney, formatNumber, formatPercent, formatPercentFigure, formatRatio } from "../../format/format";
import { t } from "../../i18n";

export type Evaluation = NonNullable<components["schemas"]["ImpactReport"]["evaluation"]>;
type Roi = NonNullable<Evaluation["roi"]>;

/** A rate 0 to 1, or "—" where none is defined (no follow-up rated yet, nobody in scope). */
export function rateText(rate: number | undefined | null): string {
  return rate == null ? t.common.none : formatPercent(rate);
}

export function moneyText(minor: number | undefined | null, currency: string | undefined): string {
  return minor == null || !currency ? t.common.none : formatMoney(minor, currency);
}

export function roiPercentText(percent: number | undefined | null): string {
  return percent == null ? t.common.none : formatPercentFigure(percent);
}

export function ratioText(ratio: number | undefined | null): string {
  return ratio == null ? t.common.none : formatRatio(ratio);
}

/** A figure the suppression rule may withhold: its text, or the suppression's own words. */
function withheld(roi: Roi | undefined, text: string): string {
  return roi?.suppressed ? t.evaluation.figures.suppressed(roi.minimumEmployers ?? 0) : text;
}

export function EvaluationSection({ evaluation, currency, id }: { evaluation: Evaluation | undefined; currency: string | undefined; id: string }) {
  const e = t.evaluation.figures;
  if (!evaluation) return null;
  const roi = evaluation.roi;
  const cohorts = evaluation.cohorts ?? [];
  return (
    <>
      <Section title={e.title} id={id}>
        <p className="hint">{e.intro}</p>
        <dl className="figures">
          <Figure label={e.followUpsRecorded} value={formatNumber(evaluation.followUpsRecorded ?? 0)} />
          <Figure label={e.ratedFourOrFive} value={formatNumber(evaluation.followUpsRatedFourOrFive ?? 0)} />
          <Figure label={e.transferRate} value={rateText(evaluation.transferRate)} />
          <Figure label={e.employersReported} value={e.reportedOf(roi?.employersReported ?? 0, roi?.employersInScope ?? 0)} />
          <Figure label={e.reportedShare} value={rateText(roi?.reportedShare)} />
          <Figure label={e.withoutWageCost} value={formatNumber(roi?.employersWithoutWageCost ?? 0)} />
          <Figure label={e.benefits} value={withheld(roi, moneyText(roi?.benefitsMinor, currency))} />
          <Figure label={e.trainingCost} value={moneyText(roi?.trainingCostMinor, currency)} />
          <Figure label={e.wageCost} value={moneyText(roi?.wageCostMinor, currency)} />
          <Figure label={e.grant} value={moneyText(roi?.grantDisbursedMinor, currency)} />
          <Figure label={e.costs} value={moneyText(roi?.costsMinor, currency)} />
          <Figure label={e.roi} value={withheld(roi, roiPercentText(roi?.roiPercent))} />
          <Figure label={e.ratio} value={withheld(roi, ratioText(roi?.benefitCostRatio))} />
        </dl>
      </Section>
      <Section title={e.cohortsTitle} id={`${id}-cohorts`}>
        {cohorts.length === 0 ? (
          <p>{e.noCohorts}</p>
        ) : (
          <table>
            <caption>{e.cohortsCaption}</caption>
            <ColumnHeads
              columns={[
                { label: e.columns.cohort },
                ...[e.columns.transfer, e.columns.reported, e.columns.benefits, e.columns.costs, e.columns.roi, e.columns.ratio].map((label) => ({ label, number: true })),
              ]}
            />
            <tbody>
              {cohorts.map((cohort) => (
                <tr key={cohort.cohortId}>
                  <th scope="row">{e.cohortOf(cohort.courseTitle ?? "", formatDate(cohort.startDate), formatDate(cohort.endDate))}</th>
                  <td className="number">{rateText(cohort.transferRate)}</td>
                  <td className="number">{e.reportedOf(cohort.roi?.employersReported ?? 0, cohort.roi?.employersInScope ?? 0)}</td>
                  {cohort.roi?.suppressed ? (
                    <>
                      <td className="suppressed">{withheld(cohort.roi, "")}</td>
                      <td className="number">{moneyText(cohort.roi.costsMinor, currency)}</td>
                      <td colSpan={2} className="suppressed">
                        {withheld(cohort.roi, "")}
                      </td>
                    </>
                  ) : (
                    <>
                      <td className="number">{moneyText(cohort.roi?.benefitsMinor, currency)}</td>
                      <td className="number">{moneyText(cohort.roi?.costsMinor, currency)}</td>
                      <td className="number">{roiPercentText(cohort.roi?.roiPercent)}</td>
                      <td className="number">{ratioText(cohort.roi?.benefitCostRatio)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  );
}
