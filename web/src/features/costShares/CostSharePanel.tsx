// A cohort's cost sharing (docs/funding.md): the rule the organiser picks (PUT /api/cost-shares/{cohortId}/rule,
// until the shares are fixed at the start) and the shares (GET /api/cost-shares/{cohortId}), as a chart and a table.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Section } from "../../components/Page";
import { Empty, QueryView } from "../../components/States";
import { minorToText, moneyToMinor } from "../../format/decimalInput";
import { formatDateTime, formatMoney, formatNumber, formatPercent } from "../../format/format";
import { t } from "../../i18n";
import { Chart } from "../../components/Chart";
import { costSplitOption, costSplitSlices } from "./costSplit";

type CostShares = components["schemas"]["CostShareResponse"];
type Rule = components["schemas"]["RuleRequest"]["rule"];
const RULES: Rule[] = ["PER_SEAT", "EQUAL", "PER_HEADCOUNT", "BASE_PLUS_PER_SEAT"];
const FIELDS = ["rule", "coordinatorId", "baseFeeMinor", "maxShareMinor"];

function RuleForm({ shares, cohortId, organiserId }: { shares: CostShares; cohortId: string; organiserId: string }) {
  const queryClient = useQueryClient();
  const currency = shares.currency ?? "EUR";
  const [rule, setRule] = useState<Rule>(shares.rule ?? "PER_SEAT");
  const [baseFee, setBaseFee] = useState(minorToText(shares.baseFeeMinor, currency));
  const [maxShare, setMaxShare] = useState(minorToText(shares.maxShareMinor, currency));
  const save = useMutation({
    mutationFn: async () => {
      const base = moneyToMinor(baseFee, currency);
      const max = moneyToMinor(maxShare, currency);
      const errors = [
        ...(base.ok ? [] : [{ field: "baseFeeMinor", reason: t.pages.parse[base.problem] }]),
        ...(max.ok ? [] : [{ field: "maxShareMinor", reason: t.pages.parse[max.problem] }]),
      ];
      if (errors.length > 0) throw new ProblemError(400, { errors }, "");
      const body: components["schemas"]["RuleRequest"] = { coordinatorId: organiserId, rule };
      if (rule === "BASE_PLUS_PER_SEAT" && base.ok && base.value !== undefined) body.baseFeeMinor = base.value;
      if (max.ok && max.value !== undefined) body.maxShareMinor = max.value;
      return unwrap(api.funding.PUT("/api/cost-shares/{cohortId}/rule", { params: { path: { cohortId } }, body }));
    },
    onSuccess: (updated) => queryClient.setQueryData(["cost-share", cohortId], updated),
  });
  const c = t.coordinator.costShares;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={c.ruleTitle}>
      <FormProblem problem={save.error} fields={FIELDS} />
      <SelectField
        label={c.rule}
        name="rule"
        problem={save.error}
        required
        value={rule}
        onChange={(event) => setRule(event.target.value as Rule)}
        hint={c.rules[rule].hint}
      >
        {RULES.map((value) => (
          <option key={value} value={value}>
            {c.rules[value].name}
          </option>
        ))}
      </SelectField>
      {rule === "BASE_PLUS_PER_SEAT" ? (
        <TextField
          label={c.baseFee(currency)}
          name="baseFeeMinor"
          inputMode="decimal"
          problem={save.error}
          required
          value={baseFee}
          onChange={(event) => setBaseFee(event.target.value)}
        />
      ) : null}
      <TextField
        label={c.maxShare(currency)}
        name="maxShareMinor"
        inputMode="decimal"
        hint={c.maxShareHint}
        problem={save.error}
        value={maxShare}
        onChange={(event) => setMaxShare(event.target.value)}
      />
      <button type="submit" className="primary" disabled={save.isPending}>
        {save.isPending ? t.common.saving : c.saveRule}
      </button>
      {save.isSuccess ? (
        <p role="status" className="ok">
          {c.ruleSaved}
        </p>
      ) : null}
    </form>
  );
}

function SharesView({ shares }: { shares: CostShares }) {
  const currency = shares.currency ?? "EUR";
  const c = t.coordinator.costShares;
  const lines = shares.shares ?? [];
  // the employers' names, read together; the chart is drawn again once they are known
  const organisations = useQuery({
    queryKey: ["organisations", "names", lines.map((line) => line.employerId).join(",")],
    queryFn: () =>
      Promise.all(
        lines.map((line) => unwrap(api.member.GET("/api/organisations/{id}", { params: { path: { id: line.employerId ?? "" } } })).catch(() => undefined)),
      ),
    enabled: lines.length > 0,
    staleTime: 300_000,
  });
  const nameOf = (id: string) => organisations.data?.find((organisation) => organisation?.id === id)?.legalName ?? id.slice(0, 8);
  const slices = costSplitSlices(lines, nameOf);
  const option = useMemo(
    () => costSplitOption(slices, (minor) => formatMoney(minor, currency), c.chartTitle),
    // the slices are new objects on every render; their content decides
    [JSON.stringify(slices), currency],
  );
  if (lines.length === 0) return <Empty>{c.noShares}</Empty>;
  return (
    <>
      <p>
        {shares.status === "FIXED" ? c.fixed(formatDateTime(shares.fixedAt)) : c.provisional} {c.total(formatMoney(shares.totalMinor ?? 0, currency))}
      </p>
      <Chart option={option} />
      <table>
        <caption>{c.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.columns.employer}</th>
            <th scope="col" className="number">
              {c.columns.seats}
            </th>
            <th scope="col" className="number">
              {c.columns.headcount}
            </th>
            <th scope="col" className="number">
              {c.columns.share}
            </th>
            <th scope="col" className="number">
              {c.columns.part}
            </th>
          </tr>
        </thead>
        <tbody>
          {slices.map((slice) => (
            <tr key={slice.employerId}>
              <td>{slice.name}</td>
              <td className="number">{formatNumber(slice.seats)}</td>
              <td className="number">{formatNumber(lines.find((line) => line.employerId === slice.employerId)?.headcount ?? 0)}</td>
              <td className="number">{formatMoney(slice.amountMinor, currency)}</td>
              <td className="number">{formatPercent(slice.part)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function CostSharePanel({ cohortId, organiserId }: { cohortId: string; organiserId: string }) {
  const shares = useQuery({
    queryKey: ["cost-share", cohortId],
    queryFn: () => unwrap(api.funding.GET("/api/cost-shares/{cohortId}", { params: { path: { cohortId } } })),
  });
  const c = t.coordinator.costShares;
  return (
    <Section title={c.title}>
      <QueryView query={shares} loading={c.loading}>
        {(data) => (
          <>
            <SharesView shares={data} />
            {data.status === "FIXED" ? (
              <p>{c.ruleFixed(c.rules[data.rule ?? "PER_SEAT"].name)}</p>
            ) : (
              <RuleForm shares={data} cohortId={cohortId} organiserId={organiserId} />
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}
