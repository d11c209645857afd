// The evaluation beyond completion of a programme's impact report and an alliance's overview (docs/reporting.md,
// ../shared/DESIGN.md section 3): follow-ups and the transfer rate, the return on training (benefits, fully loaded
// costs, ROI %, benefit-cost ratio) and the share of employers that reported; per cohort in a table. Where fewer than
// k employers reported the API withholds benefits, ROI and ratio: they read "suppressed: fewer than k employers
// reported", never 0.
import type { components } from "../../api/generated/reporting-service";
import { Section } from "../../components/Page";
import { ColumnHeads, Figure } from "../../components/Table";
import { cohortName, moneyText, rateText, ratioText, roiPercentText } from "../../format/figureText";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";

export type Evaluation = NonNullable<components["schemas"]["ImpactReport"]["evaluation"]>;
type Roi = NonNullable<Evaluation["roi"]>;

/** The transfer rate, or the suppression's words where fewer than k follow-ups were rated (the API leaves it null). */
function transferText(rate: { transferRate?: number | null; transferRateSuppressed?: boolean | null }): string {
  return rate.transferRateSuppressed ? t.evaluation.figures.transferSuppressed : rateText(rate.transferRate);
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
          <Figure label={e.transferRate} value={transferText(evaluation)} />
          <Figure label={e.employersReported} value={e.reportedOf(roi?.employersReported ?? 0, roi?.employersInScope ?? 0)} />
          <Figure label={e.reportedShare} value={rateText(roi?.reportedShare)} />
          <Figure label={e.withoutWageCost} value={formatNumber(roi?.employersWithoutWageCost ?? 0)} />
          <Figure label={e.benefits} value={withheld(roi, moneyText(roi?.benefitsMinor, currency))} />
          <Figure label={e.trainingCost} value={moneyText(roi?.trainingCostMinor, currency)} />
          <Figure label={e.wageCost} value={moneyText(roi?.wageCostMinor, currency)} />
          <Figure label={e.grant} value={moneyText(roi?.allGrantsDisbursedMinor, currency)} />
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
                  <th scope="row">{cohortName(cohort)}</th>
                  <td className="number">{transferText(cohort)}</td>
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
