// HR's business results for one cohort its staff attended (Kirkpatrick level 4, docs/funding.md "Business results"):
// the hourly wage cost, the measures with their benefit per year (add, correct, withdraw) and the change log (who,
// when, before and after). Editable until the programme's report period closes (`editableUntil`); after that the page
// is read-only and says since when. Every refusal is the API's, shown at the field it names.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblem, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { ColumnHeads } from "../../components/Table";
import { Empty, ErrorState, Loading, QueryView } from "../../components/States";
import { formatDate, formatDateTime, formatMoney, formatNumber } from "../../format/format";
import { minorToText, moneyToMinor } from "../../format/decimalInput";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { EnrolledCohortSelect } from "../employer/EnrolledCohortSelect";
import { useEnrolledCohorts } from "../employer/enrolledCohorts";
import { parseProblem } from "../programmes/programmeForm";
import { emptyMeasureForm, measureFormOf, toMeasureRequest, type CohortResults, type Measure, type MeasureForm } from "./measureForm";

const MEASURE_FIELDS = ["name", "unit", "valueBefore", "valueAfter", "higherIsBetter", "unitValueMinor", "attributionPercent", "confidencePercent"] as const;
const WAGE_FIELDS = ["hourlyWageCostMinor"] as const;

/** After a change the API answers the whole results: they replace the cached ones; the log and the ROI are read again. */
function useResultsChanged(cohortId: string) {
  const queryClient = useQueryClient();
  return (results: CohortResults) => {
    queryClient.setQueryData(["cohort-results", cohortId], results);
    void queryClient.invalidateQueries({ queryKey: ["cohort-results-changes", cohortId] });
    void queryClient.invalidateQueries({ queryKey: ["employer-roi"] });
  };
}

function money(minor: number | undefined | null, currency: string): string {
  return minor === undefined || minor === null ? t.common.none : formatMoney(minor, currency);
}

function WageCost({ results }: { results: CohortResults }) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [text, setText] = useState(minorToText(results.hourlyWageCostMinor, currency));
  const changed = useResultsChanged(cohortId);
  const save = useMutation({
    mutationFn: async () => {
      const parsed = moneyToMinor(text, currency);
      if (!parsed.ok) throw parseProblem({ hourlyWageCostMinor: parsed.problem }, t.pages.parse);
      const body = { hourlyWageCostMinor: parsed.value as number, currency };
      return unwrap(api.funding.PUT("/api/cohort-results/{cohortId}/wage-cost", { params: { path: { cohortId } }, body }));
    },
    onSuccess: changed,
  });
  const r = t.evaluation.results;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Section title={r.wageTitle} id="wage-cost">
      <p className="hint">{r.wageHint}</p>
      {results.editable ? (
        <form onSubmit={submit} noValidate aria-label={r.wageTitle}>
          <FormProblem problem={save.error} fields={WAGE_FIELDS} />
          <TextField label={r.wageIn(currency)} name="hourlyWageCostMinor" problem={save.error} inputMode="decimal" value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : r.saveWage}
          </button>
          {save.isSuccess ? (
            <p role="status" className="ok">
              {r.wageSaved}
            </p>
          ) : null}
        </form>
      ) : (
        <p>{results.hourlyWageCostMinor == null ? r.wageNotSet : money(results.hourlyWageCostMinor, currency)}</p>
      )}
      {results.editable && results.hourlyWageCostMinor == null ? <p className="hint">{r.wageNotSet}</p> : null}
    </Section>
  );
}

function MeasureEditor({ results, editing, onDone }: { results: CohortResults; editing: Measure | undefined; onDone: () => void }) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [form, setForm] = useState<MeasureForm>(editing ? measureFormOf(editing, currency) : emptyMeasureForm);
  const [done, setDone] = useState<string | null>(null);
  const changed = useResultsChanged(cohortId);
  const r = t.evaluation.results;
  const save = useMutation({
    mutationFn: async () => {
      const body = toMeasureRequest(form, currency);
      if (body instanceof ProblemError) throw body;
      return editing
        ? unwrap(api.funding.PUT("/api/cohort-results/{cohortId}/measures/{measureId}", { params: { path: { cohortId, measureId: editing.id ?? "" } }, body }))
        : unwrap(api.funding.POST("/api/cohort-results/{cohortId}/measures", { params: { path: { cohortId } }, body }));
    },
    onSuccess: (answer) => {
      changed(answer);
      setDone(editing ? r.corrected : r.added);
      setForm(emptyMeasureForm);
      onDone();
    },
  });
  const set = (changes: Partial<MeasureForm>) => {
    setDone(null);
    setForm((current) => ({ ...current, ...changes }));
  };
  const text = (name: Exclude<keyof MeasureForm, "higherIsBetter">) => ({ value: form[name], onChange: (event: { target: { value: string } }) => set({ [name]: event.target.value }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = editing ? r.correctTitle(editing.name ?? "") : r.addTitle;
  const problem = save.error;
  return (
    <Section title={title} id="measure-form">
      <form onSubmit={submit} noValidate aria-label={title}>
        <FormProblem problem={problem} fields={MEASURE_FIELDS} />
        <TextField label={r.name} name="name" hint={r.nameHint} problem={problem} required maxLength={200} {...text("name")} />
        <TextField label={r.unit} name="unit" hint={r.unitHint} problem={problem} required maxLength={50} {...text("unit")} />
        <TextField label={r.valueBefore} name="valueBefore" problem={problem} required inputMode="decimal" {...text("valueBefore")} />
        <TextField label={r.valueAfter} name="valueAfter" problem={problem} required inputMode="decimal" {...text("valueAfter")} />
        <div className="field">
          <label>
            <input type="checkbox" name="higherIsBetter" checked={form.higherIsBetter} onChange={(event) => set({ higherIsBetter: event.target.checked })} /> {r.higherIsBetter}
          </label>
          <p className="hint">{r.higherIsBetterHint}</p>
        </div>
        <TextField label={r.unitValueIn(currency)} name="unitValueMinor" problem={problem} required inputMode="decimal" {...text("unitValue")} />
        <TextField label={r.attribution} name="attributionPercent" hint={r.attributionHint} problem={problem} required inputMode="numeric" {...text("attributionPercent")} />
        <TextField label={r.confidence} name="confidencePercent" hint={r.confidenceHint} problem={problem} required inputMode="numeric" {...text("confidencePercent")} />
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t.common.saving : editing ? r.saveCorrection : r.add}
        </button>
        {editing ? (
          <button type="button" onClick={onDone}>
            {r.cancelCorrection}
          </button>
        ) : null}
        {done ? (
          <p role="status" className="ok">
            {done}
          </p>
        ) : null}
      </form>
    </Section>
  );
}

function Measures({ results }: { results: CohortResults }) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [editing, setEditing] = useState<Measure | undefined>(undefined);
  const [withdrawing, setWithdrawing] = useState<Measure | undefined>(undefined);
  const changed = useResultsChanged(cohortId);
  const withdraw = useMutation({
    mutationFn: (measure: Measure) => unwrap(api.funding.DELETE("/api/cohort-results/{cohortId}/measures/{measureId}", { params: { path: { cohortId, measureId: measure.id ?? "" } } })),
    onSuccess: (answer) => {
      changed(answer);
      setWithdrawing(undefined);
    },
  });
  const r = t.evaluation.results;
  const measures = results.measures ?? [];
  return (
    <>
      <Section title={r.measuresTitle} id="measures">
        {measures.length === 0 ? (
          <Empty>{r.noMeasures}</Empty>
        ) : (
          <table>
            <caption>{r.measuresCaption}</caption>
            <ColumnHeads
              columns={[
                { label: r.columns.name },
                { label: r.columns.unit },
                { label: r.columns.before, number: true },
                { label: r.columns.after, number: true },
                { label: r.columns.direction },
                { label: r.columns.unitValue, number: true },
                { label: r.columns.attribution, number: true },
                { label: r.columns.confidence, number: true },
                { label: r.columns.benefit, number: true },
                results.editable === true && { label: r.columns.actions },
              ]}
            />
            <tbody>
              {measures.map((measure) => (
                <tr key={measure.id}>
                  <th scope="row">{measure.name}</th>
                  <td>{measure.unit}</td>
                  <td className="number">{formatNumber(measure.valueBefore ?? 0)}</td>
                  <td className="number">{formatNumber(measure.valueAfter ?? 0)}</td>
                  <td>{measure.higherIsBetter ? r.higher : r.lower}</td>
                  <td className="number">{money(measure.unitValueMinor, currency)}</td>
                  <td className="number">{`${formatNumber(measure.attributionPercent ?? 0)}%`}</td>
                  <td className="number">{`${formatNumber(measure.confidencePercent ?? 0)}%`}</td>
                  <td className="number">{money(measure.benefitPerYearMinor, currency)}</td>
                  {results.editable ? (
                    <td>
                      <button type="button" aria-label={r.correct(measure.name ?? "")} onClick={() => setEditing(measure)}>
                        {r.correctShort}
                      </button>{" "}
                      <button type="button" className="danger" aria-label={r.withdraw(measure.name ?? "")} onClick={() => setWithdrawing(measure)}>
                        {r.withdrawShort}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {withdraw.error ? <ErrorState error={withdraw.error} /> : null}
        {withdraw.isSuccess ? (
          <p role="status" className="ok">
            {r.withdrawn}
          </p>
        ) : null}
      </Section>
      {results.editable ? <MeasureEditor key={editing?.id ?? "new"} results={results} editing={editing} onDone={() => setEditing(undefined)} /> : null}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={r.withdrawTitle}
        confirmLabel={r.withdrawConfirm}
        busy={withdraw.isPending}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
        onCancel={() => setWithdrawing(undefined)}
      >
        <p>{r.withdrawText(withdrawing?.name ?? "")}</p>
      </ConfirmDialog>
    </>
  );
}

/** A measure or the wage cost as the change log holds it (the API's JSON object, null where none), in words. */
export function changeText(before: unknown, currency: string): string {
  if (typeof before !== "object" || before === null) return t.common.none;
  const state = before as Record<string, unknown>;
  const r = t.evaluation.results;
  const figure = (value: unknown) => (typeof value === "number" ? value : Number(value ?? 0));
  if ("hourlyWageCostMinor" in state) return r.wageSummary(money(state.hourlyWageCostMinor == null ? null : figure(state.hourlyWageCostMinor), currency));
  return r.measureSummary(
    String(state.name ?? ""),
    formatNumber(figure(state.valueBefore)),
    formatNumber(figure(state.valueAfter)),
    String(state.unit ?? ""),
    money(figure(state.unitValueMinor), currency),
    figure(state.attributionPercent),
    figure(state.confidencePercent),
  );
}

function Changes({ cohortId, currency }: { cohortId: string; currency: string }) {
  const paging = usePaging();
  const changes = useQuery({
    queryKey: ["cohort-results-changes", cohortId, paging.page, paging.size],
    queryFn: () => unwrap(api.funding.GET("/api/cohort-results/{cohortId}/changes", { params: { path: { cohortId }, query: { page: paging.page, size: paging.size } } })),
    placeholderData: keepPreviousData,
  });
  const r = t.evaluation.results;
  return (
    <Section title={r.changesTitle} id="changes">
      <QueryView query={changes}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{r.noChanges}</Empty>
          ) : (
            <>
              <table>
                <caption>{r.changesCaption}</caption>
                <ColumnHeads columns={Object.values(r.changeColumns).map((label) => ({ label }))} />
                <tbody>
                  {(data.items ?? []).map((change, index) => (
                    <tr key={`${change.at}-${index}`}>
                      <td>{formatDateTime(change.at)}</td>
                      <td>{change.by}</td>
                      <td>{change.action ? r.actions[change.action] : t.common.none}</td>
                      <td>{changeText(change.before, currency)}</td>
                      <td>{changeText(change.after, currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Section>
  );
}

function CohortResultsView({ cohortId }: { cohortId: string }) {
  const results = useQuery({
    queryKey: ["cohort-results", cohortId],
    queryFn: () => unwrap(api.funding.GET("/api/cohort-results/{cohortId}", { params: { path: { cohortId } } })),
  });
  const r = t.evaluation.results;
  return (
    <QueryView query={results}>
      {(data) => (
        <>
          <p className={data.editable ? "hint" : "state"}>
            {data.editable
              ? data.editableUntil
                ? r.editableUntil(formatDate(data.editableUntil))
                : null
              : data.editableUntil
                ? r.closed(formatDate(data.editableUntil))
                : r.closedNoDate}{" "}
            {r.revision(data.revision ?? 0)}
          </p>
          <WageCost results={data} />
          <Measures results={data} />
          <Changes cohortId={cohortId} currency={data.currency ?? ""} />
        </>
      )}
    </QueryView>
  );
}

export function ResultsPage() {
  const employerId = useEmployerId();
  const [params, setParams] = useSearchParams();
  const enrolled = useEnrolledCohorts(employerId ?? "");
  const r = t.evaluation.results;
  if (employerId === null) return <NoEmployer title={r.title} />;
  const cohortId = params.get("cohort") ?? "";
  return (
    <Page title={r.title} intro={r.intro}>
      {enrolled.query.isPending ? (
        <Loading />
      ) : enrolled.query.error ? (
        <ErrorState error={enrolled.query.error} onRetry={() => void enrolled.query.refetch()} />
      ) : enrolled.cohorts.length === 0 && cohortId === "" ? (
        <Empty>{r.noCohorts}</Empty>
      ) : (
        <>
          <div className="filters">
            <EnrolledCohortSelect
              cohorts={enrolled.cohorts}
              label={r.cohort}
              name="cohort"
              none={r.chooseCohort}
              value={cohortId}
              onChange={(event) => setParams(event.target.value ? new URLSearchParams({ cohort: event.target.value }) : new URLSearchParams())}
            />
          </div>
          {cohortId === "" ? <Empty>{r.pickCohort}</Empty> : <CohortResultsView key={cohortId} cohortId={cohortId} />}
        </>
      )}
    </Page>
  );
}
