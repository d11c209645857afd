// Learning at work in a programme's impact report and an alliance's overview (issue 20, docs/reporting.md):
// learners, sign-offs, logged hours and the mean level reached, then per kind (on the job, mentoring, workshops). The
// API suppresses small cells (k on distinct learners, complementary across kinds): a kind it suppressed
// (`suppressed`, figures null) reads "Suppressed", never 0; so does the mean level when `meanLevelReachedSuppressed`.
// Every kind is listed (an empty one with zeros), so no kinds at all means the API withheld them: the page says so.
// Nothing is shown while the API sends none.
import { Section } from "../../components/Page";
import { ColumnHeads, Figure } from "../../components/Table";
import { formatDecimal, formatNumber } from "../../format/format";
import { t } from "../../i18n";

/** One kind's figures as reporting-service answers them (`workplace.WorkplaceLearning.Kind`): null when suppressed. */
interface KindFigures {
  kind?: string;
  suppressed?: boolean;
  learners?: number | null;
  signedOff?: number | null;
  hours?: number | null;
}

/** The report's learning at work as reporting-service answers it (`workplace.WorkplaceLearning`). */
export interface WorkplaceLearning {
  learners?: number;
  signedOff?: number;
  hours?: number;
  byKind?: KindFigures[];
  meanLevelReached?: number | null;
  meanLevelReachedSuppressed?: boolean;
}

const KINDS = ["ON_THE_JOB", "MENTORING", "WORKSHOP"] as const;

function kindName(kind: string | undefined): string {
  const known = KINDS.find((name) => name === kind);
  return known ? t.workplace.kinds[known] : (kind ?? t.common.none);
}

/** A kind's figure: "Suppressed" where the API suppressed the kind. */
function kindFigure(row: KindFigures, value: number | null | undefined): string {
  return row.suppressed || value === undefined || value === null ? t.workplaceReport.suppressed : formatNumber(value);
}

function meanLevel(learning: WorkplaceLearning): string {
  if (learning.meanLevelReachedSuppressed) return t.workplaceReport.suppressed;
  return learning.meanLevelReached === undefined || learning.meanLevelReached === null ? t.common.none : formatDecimal(learning.meanLevelReached, 2);
}

export function WorkplaceLearningSection({ learning, id }: { learning: WorkplaceLearning | null | undefined; id: string }) {
  if (!learning) return null;
  const w = t.workplaceReport;
  const kinds = learning.byKind ?? [];
  return (
    <Section title={w.title} id={id}>
      <p className="hint">{w.intro}</p>
      <dl className="figures">
        <Figure label={w.learners} value={formatNumber(learning.learners ?? 0)} />
        <Figure label={w.signedOff} value={formatNumber(learning.signedOff ?? 0)} />
        <Figure label={w.hours} value={formatNumber(learning.hours ?? 0)} />
        <Figure label={w.meanLevel} value={meanLevel(learning)} />
      </dl>
      {kinds.length > 0 ? (
        <table>
          <caption>{w.byKind}</caption>
          <ColumnHeads columns={[{ label: w.kind }, { label: w.learners, number: true }, { label: w.signedOff, number: true }, { label: w.hours, number: true }]} />
          <tbody>
            {kinds.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{kindName(row.kind)}</th>
                <td className="number">{kindFigure(row, row.learners)}</td>
                <td className="number">{kindFigure(row, row.signedOff)}</td>
                <td className="number">{kindFigure(row, row.hours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{w.kindsWithheld}</p>
      )}
    </Section>
  );
}
