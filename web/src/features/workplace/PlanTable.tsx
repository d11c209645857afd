// The plans of learning at work as one table: HR's list and the learner's (who, with `me`, sees which part is theirs:
// learner or mentor). Hours as the API gives them (exact decimals), logged of planned.
import { Link } from "react-router";
import type { paths } from "../../api/generated/curriculum-service";
import { ColumnHeads } from "../../components/Table";
import { formatDate, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { StaffName } from "../shared/Names";

export type Plan = paths["/api/workplace-learning/{id}"]["get"]["responses"][200]["content"]["application/json"];

/** The person's part in a plan: a plan where they are both (HR plans none such) reads as their own learning. */
export function partOf(plan: Plan, me: string | null): "LEARNER" | "MENTOR" | null {
  if (me === null) return null;
  if (plan.staffId === me) return "LEARNER";
  return plan.mentorStaffId === me ? "MENTOR" : null;
}

export function PersonCell({ id, me }: { id: string | undefined; me?: string | null }) {
  return id !== undefined && id === me ? <>{t.workplace.you}</> : <StaffName id={id} />;
}

export function PlanTable({ plans, caption, basePath, me }: { plans: Plan[]; caption: string; basePath: string; me?: string | null }) {
  const w = t.workplace;
  const mine = me !== undefined;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <ColumnHeads
        columns={[
          { label: w.columns.skill },
          mine && { label: w.columns.part },
          { label: w.learner },
          { label: w.mentor },
          { label: w.kindLabel },
          { label: w.columns.period },
          { label: w.columns.hours, number: true },
          { label: w.columns.sessions, number: true },
          { label: w.statusLabel },
        ]}
      />
      <tbody>
        {plans.map((plan) => {
          const part = partOf(plan, me ?? null);
          return (
            <tr key={plan.id}>
              <td>
                <Link to={`${basePath}/${plan.id}`}>{w.skillAtLevel(plan.skillName ?? plan.skillCode ?? "", plan.targetLevel ?? 0)}</Link>
              </td>
              {mine ? <td>{part ? w.parts[part] : t.common.none}</td> : null}
              <td>
                <PersonCell id={plan.staffId} me={me} />
              </td>
              <td>
                <PersonCell id={plan.mentorStaffId} me={me} />
              </td>
              <td>{plan.kind ? w.kinds[plan.kind] : t.common.none}</td>
              <td>{t.common.dateRange(formatDate(plan.startsOn), formatDate(plan.endsOn))}</td>
              <td className="number">{w.hoursOf(formatNumber(plan.loggedHours ?? 0), formatNumber(plan.plannedHours ?? 0))}</td>
              <td className="number">{formatNumber(plan.sessions ?? 0)}</td>
              <td>{plan.status ? w.statuses[plan.status] : t.common.none}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
