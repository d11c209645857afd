// A programme's scheme rules as read (docs/funding.md "Scheme rules"): only the rules it sets, each in words; nothing
// for a programme without rules. Shared by the funder's programme list and the template form.
import type { ReactNode } from "react";
import type { components } from "../../api/generated/funding-service";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";

type SchemeRules = components["schemas"]["SchemeRulesView"] | components["schemas"]["SchemeRulesRequest"];
type MilestoneShare = components["schemas"]["MilestoneShare"];
type Requirement = Pick<components["schemas"]["Requirement"], "dueOn" | "beforeMilestone">;

/** When a requirement's report is due: "by <date>" or "before the <milestone> payment" (a claim's reports too). */
export function requirementDue(requirement: Requirement): string {
  const r = t.claimRules;
  if (requirement.dueOn) return r.dueOn(formatDate(requirement.dueOn));
  if (requirement.beforeMilestone) return r.dueBefore(r.milestones[requirement.beforeMilestone]);
  return t.common.none;
}

function ruleLines(rules: SchemeRules, currency: string | undefined): Array<[string, string]> {
  const p = t.funder.programmes;
  const lines: Array<[string, string]> = [];
  if (rules.trainingPlanLeadDays !== undefined && rules.trainingPlanLeadDays !== null) lines.push([p.planLead, p.planLeadDays(rules.trainingPlanLeadDays)]);
  if (rules.minimumAttendedHours !== undefined && rules.minimumAttendedHours !== null) lines.push([p.minimumHours, formatNumber(rules.minimumAttendedHours)]);
  if (rules.attendanceThreshold !== undefined && rules.attendanceThreshold !== null) lines.push([p.attendance, formatPercent(rules.attendanceThreshold)]);
  if (rules.claimWindowDays !== undefined && rules.claimWindowDays !== null) lines.push([p.claimWindow, p.claimWindowDays(rules.claimWindowDays)]);
  const milestones = rules.milestones ?? [];
  if (milestones.length > 0) {
    lines.push([p.payments, paymentsText(milestones)]);
  }
  const requirements = rules.requirements ?? [];
  if (requirements.length > 0) {
    lines.push([p.requirements, requirements.map((requirement) => p.requirement(requirement.key ?? "", requirement.kind ? t.claimRules.kinds[requirement.kind] : "", requirementDue(requirement))).join("; ")]);
  }
  const onTheJob = rules.onTheJob;
  if (onTheJob && currency) {
    lines.push([p.onTheJob, p.onTheJobRule(formatMoney(onTheJob.ratePerHourMinor ?? 0, currency), formatNumber(onTheJob.maxHoursPerParticipant ?? 0), onTheJob.requiresOffTheJob ?? false)]);
  }
  return lines;
}

export function hasSchemeRules(rules: SchemeRules | undefined, currency?: string): rules is SchemeRules {
  return rules !== undefined && ruleLines(rules, currency).length > 0;
}

/** The milestone shares in words: "40% at start, 30% at completion, 30% at outcome" (a programme's rules, HR's quote). */
export function paymentsText(shares: MilestoneShare[]): string {
  const p = t.funder.programmes;
  return shares.map((share) => p.payment(share.milestone ? t.claimRules.milestones[share.milestone] : t.common.none, formatPercent(share.share ?? 0))).join(", ");
}

/** Rules in words under their label, one term each (a programme's rules, the rules on HR's quote). */
export function RuleFigures({ label, lines }: { label: string; lines: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <>
      <p>{label}</p>
      <dl className="figures">
        {lines.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** `currency`: the programme's, in which the on-the-job rate is paid. */
export function SchemeRulesSummary({ rules, label, currency }: { rules: SchemeRules; label: string; currency?: string }) {
  return <RuleFigures label={label} lines={ruleLines(rules, currency)} />;
}
