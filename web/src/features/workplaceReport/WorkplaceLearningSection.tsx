// Learning at work in a programme's impact report and an alliance's overview (issue 20, docs/reporting.md):
// learners, sign-offs, logged hours and the mean level reached, then per kind (on the job, mentoring, workshops). The
// API suppresses small cells (k on distinct learners, complementary across kinds): a suppressed figure reads
// "Suppressed", never 0; a figure the API leaves null is suppressed too. Nothing is shown while the API sends none.
import type { components } from "../../api/generated/reporting-service";
import { Section } from "../../components/Page";
import { ColumnHeads, Figure } from "../../components/Table";
import { formatDecimal, formatNumber } from "../../format/format";
import { t } from "../../i18n";

type WorkplaceLearning = components["schemas"]["WorkplaceLearning"];

/** A figure of a cell: "Suppressed" where the API suppressed the cell or left the figure out. */
function figure(value: number | null | undefined, suppressed: boolean | null | undefined, format: (value: number) => string = formatNumber): string {
  return suppressed || value === undefined || value === null ? t.workplaceReport.suppressed : format(value);
}

export function WorkplaceLearningSection({ learning, id }: { learning: WorkplaceLearning | null | undefined; id: string }) {
  if (!learning) return null;
  const w = t.workplaceReport;
  const kinds = learning.byKind ?? [];
  return (
    <Section title={w.title} id={id}>
      <p className="hint">{w.intro}</p>
      <dl className="figures">
        <Figure label={w.learners} value={figure(learning.learners, learning.suppressed)} />
        <Figure label={w.signedOff} value={figure(learning.signedOff, learning.suppressed)} />
        <Figure label={w.hours} value={figure(learning.hours, learning.suppressed)} />
        <Figure label={w.meanLevel} value={figure(learning.meanLevelReached, learning.suppressed, (mean) => formatDecimal(mean, 2))} />
      </dl>
      {kinds.length > 0 ? (
        <table>
          <caption>{w.byKind}</caption>
          <ColumnHeads columns={[{ label: w.kind }, { label: w.learners, number: true }, { label: w.signedOff, number: true }, { label: w.hours, number: true }]} />
          <tbody>
            {kinds.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{row.kind ? t.workplace.kinds[row.kind] : t.common.none}</th>
                <td className="number">{figure(row.learners, row.suppressed)}</td>
                <td className="number">{figure(row.signedOff, row.suppressed)}</td>
                <td className="number">{figure(row.hours, row.suppressed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
