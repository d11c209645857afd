// The scheme rules of the grant programme that reimburses an employer's seat, as funding-service's subsidy quote
// gives them (GET /api/quotes, docs/funding.md "The subsidy quote"): the training plan's due date and whether one is
// filed, the attendance a seat needs, the claim deadline and the payments by milestone. Nothing while the quote is read
// or cannot be, and nothing when the programme sets no rules: curriculum's quote above already shows the money.
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { formatDate, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { paymentsText, RuleFigures } from "../programmes/SchemeRulesSummary";

type SchemeQuote = components["schemas"]["Quote"];
type MilestoneShare = components["schemas"]["MilestoneShare"];

/** The payments of a programme without milestones: all of it at completion, as every claim was paid before issue 26. */
function paidWholeAtCompletion(payments: MilestoneShare[]): boolean {
  return payments.length === 1 && payments[0]?.milestone === "COMPLETION" && payments[0].share === 1;
}

/** Today as an ISO date (UTC), as the API's dates are: a plan due before it can no longer be filed. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function schemeLines(quote: SchemeQuote): Array<[string, ReactNode]> {
  const q = t.catalogue.quote;
  const lines: Array<[string, ReactNode]> = [];
  if (quote.planDueOn) {
    const due = formatDate(quote.planDueOn);
    lines.push([
      q.planDue,
      <>
        {quote.planFiled ? (
          q.planFiled(due)
        ) : quote.planDueOn < todayUtc() ? (
          q.planMissed(due)
        ) : (
          <>
            {q.planMissing(due)} <Link to="/training-plans">{q.toTrainingPlans}</Link>
          </>
        )}
      </>,
    ]);
  }
  if (quote.minimumAttendedHours !== undefined && quote.minimumAttendedHours !== null) lines.push([q.minimumHours, formatNumber(quote.minimumAttendedHours)]);
  if (quote.attendanceThreshold !== undefined && quote.attendanceThreshold !== null) lines.push([q.attendance, formatPercent(quote.attendanceThreshold)]);
  if (quote.claimDeadline) lines.push([q.claimDeadline, formatDate(quote.claimDeadline)]);
  const payments = quote.payments ?? [];
  if (payments.length > 0 && !paidWholeAtCompletion(payments)) lines.push([q.payments, paymentsText(payments)]);
  return lines;
}

export function QuoteSchemeRules({ cohortId, employerId }: { cohortId: string; employerId: string }) {
  const quote = useQuery({
    queryKey: ["subsidy-quote", cohortId, employerId],
    queryFn: () => unwrap(api.funding.GET("/api/quotes", { params: { query: { cohortId, employerId } } })),
  });
  const lines = quote.data ? schemeLines(quote.data) : [];
  if (lines.length === 0) return null;
  return <RuleFigures label={t.catalogue.quote.schemeLabel} lines={lines} />;
}
