// HR's business results for one cohort its staff attended (Kirkpatrick level 4, docs/funding.md "Business results"):
// the hourly wage cost, the measures with their benefit per year (add, correct, withdraw) and the change log (who,
// when, before and after). Editable until the programme's report period closes (`editableUntil`); after that the page
// is read-only and says since when. Every refusal is the API's, shown at the field it names.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { parseProblem, ProblemError } from "../../api/problem";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblem, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { ColumnHeads } from "../../components/Table";
import { Empty, ErrorState, Loading, QueryView } from "../../components/States";
import { moneyText } from "../../format/figureText";
import { formatDate, formatDateTime, formatDecimal, formatWholePercent } from "../../format/format";
import { minorToText, moneyToMinor } from "../../format/decimalInput";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { EnrolledCohortSelect } from "../employer/EnrolledCohortSelect";
import { useEnrolledCohorts } from "../employer/enrolledCohorts";
import { emptyMeasureForm, measureFormOf, toMeasureRequest, type CohortResults, type Measure, type MeasureForm } from "./measureForm";

const MEASURE_FIELDS = ["name", "unit", "valueBefore", "valueAfter", "higherIsBetter", "unitValueMinor", "attributionPercent", "confidencePercent"] as const;
const WAGE_FIELDS = ["hourlyWageCostMinor"] as const;
// a measure's values are shown with up to 4 decimals (the API keeps more; a change in the 4th shows)
const MEASURE_DECIMALS = 4;

/**
 * A refusal of the results as a whole, not of a field typed: a 422 naming `cohortId` (the report period closed
 * meanwhile) or `currency` (not the results' currency). Its reason, or undefined for any other problem.
 */
export function wholeRefusal(problem: unknown): string | undefined {
  if (!(problem instanceof ProblemError) || problem.status !== 422) return undefined;
  return problem.reasonFor("cohortId") ?? problem.reasonFor("currency");
}

/** A field's problem to show at the form, or none where the page shows it as a refusal of the whole results. */
function formProblem(problem: unknown): unknown {
  return wholeRefusal(problem) === undefined ? problem : null;
}

/**
 * After a change the API answers the whole results: they replace the cached ones; the log and the ROI are read again.
 * A refusal of the whole results reads them again (so a closed period turns the page read-only with its closing day)
 * and is said once for the page (`onRefused`).
 */
function useResultsChanged(cohortId: string, onRefused: (reason: string) => void) {
  const queryClient = useQueryClient();
  return {
    changed: (results: CohortResults) => {
      queryClient.setQueryData(["cohort-results", cohortId], results);
      void queryClient.invalidateQueries({ queryKey: ["cohort-results-changes", cohortId] });
      void queryClient.invalidateQueries({ queryKey: ["employer-roi"] });
    },
    refused: (problem: unknown) => {
      const reason = wholeRefusal(problem);
      if (reason === undefined) return;
      onRefused(reason);
      void queryClient.invalidateQueries({ queryKey: ["cohort-results", cohortId] });
    },
  };
}

/** Focus on an element once `trigger` changes to something (a heading when a form opens, a status after saving). */
function useFocusOn(ref: RefObject<HTMLElement | null>, trigger: unknown) {
  useEffect(() => {
    if (trigger) ref.current?.focus();
  }, [ref, trigger]);
}

function WageCost({ results, onRefused }: { results: CohortResults; onRefused: (reason: string) => void }) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [text, setText] = useState(minorToText(results.hourlyWageCostMinor, currency));
  const { changed, refused } = useResultsChanged(cohortId, onRefused);
  const save = useMutation({
    mutationFn: async () => {
      const parsed = moneyToMinor(text, currency);
      if (!parsed.ok) throw parseProblem({ hourlyWageCostMinor: parsed.problem }, t.pages.parse);
      const body = { hourlyWageCostMinor: parsed.value as number, currency };
      return unwrap(api.funding.PUT("/api/cohort-results/{cohortId}/wage-cost", { params: { path: { cohortId } }, body }));
    },
    onSuccess: changed,
    onError: refused,
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
          <FormProblem problem={formProblem(save.error)} fields={WAGE_FIELDS} />
          <TextField label={r.wageIn(currency)} name="hourlyWageCostMinor" problem={formProblem(save.error)} inputMode="decimal" value={text} onChange={(event) => setText(event.target.value)} />
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
        <p>{results.hourlyWageCostMinor == null ? r.wageNotSet : moneyText(results.hourlyWageCostMinor, currency)}</p>
      )}
      {results.editable && results.hourlyWageCostMinor == null ? <p className="hint">{r.wageNotSet}</p> : null}
    </Section>
  );
}

/**
 * The form that adds a measure or corrects one. Its status ("Measure corrected.") is the parent's, so it outlives the
 * correction's form, which gives way to the adding one once saved; focus moves to the form's heading when a correction
 * starts and to the status after saving.
 */
function MeasureEditor({ results, editing, done, onSaved, onDone, onRefused }: {
  results: CohortResults;
  editing: Measure | undefined;
  /** the last save's status, with a new object for each save */
  done: { message: string } | null;
  onSaved: (message: string | null) => void;
  onDone: () => void;
  onRefused: (reason: string) => void;
}) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [form, setForm] = useState<MeasureForm>(editing ? measureFormOf(editing, currency) : emptyMeasureForm);
  const { changed, refused } = useResultsChanged(cohortId, onRefused);
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useFocusOn(heading, editing);
  useFocusOn(status, done);
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
      setForm(emptyMeasureForm);
      onSaved(editing ? r.corrected : r.added);
      onDone();
    },
    onError: refused,
  });
  const set = (changes: Partial<MeasureForm>) => {
    onSaved(null);
    setForm((current) => ({ ...current, ...changes }));
  };
  const text = (name: Exclude<keyof MeasureForm, "higherIsBetter">) => ({ value: form[name], onChange: (event: { target: { value: string } }) => set({ [name]: event.target.value }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const title = editing ? r.correctTitle(editing.name ?? "") : r.addTitle;
  const problem = formProblem(save.error);
  return (
    <Section title={title} id="measure-form" headingRef={heading}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <FormProblem problem={problem} fields={MEASURE_FIELDS} />
        <TextField label={r.name} name="name" hint={r.nameHint} problem={problem} required {...text("name")} />
        <TextField label={r.unit} name="unit" hint={r.unitHint} problem={problem} required {...text("unit")} />
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
        <p role="status" className="ok" tabIndex={-1} ref={status}>
          {done?.message}
        </p>
      </form>
    </Section>
  );
}

function Measures({ results, onRefused }: { results: CohortResults; onRefused: (reason: string) => void }) {
  const currency = results.currency ?? "";
  const cohortId = results.cohortId ?? "";
  const [editing, setEditing] = useState<Measure | undefined>(undefined);
  const [withdrawing, setWithdrawing] = useState<Measure | undefined>(undefined);
  const [done, setDone] = useState<{ message: string } | null>(null);
  const { changed, refused } = useResultsChanged(cohortId, onRefused);
  const withdrawnStatus = useRef<HTMLParagraphElement>(null);
  const withdraw = useMutation({
    mutationFn: (measure: Measure) => unwrap(api.funding.DELETE("/api/cohort-results/{cohortId}/measures/{measureId}", { params: { path: { cohortId, measureId: measure.id ?? "" } } })),
    onSuccess: (answer) => {
      changed(answer);
      setWithdrawing(undefined);
    },
    onError: (problem) => {
      refused(problem);
      if (wholeRefusal(problem) !== undefined) setWithdrawing(undefined);
    },
  });
  useFocusOn(withdrawnStatus, withdraw.isSuccess);
  const startWithdrawing = (measure: Measure | undefined) => {
    withdraw.reset();
    setWithdrawing(measure);
  };
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
                  <td className="number">{formatDecimal(measure.valueBefore ?? 0, MEASURE_DECIMALS)}</td>
                  <td className="number">{formatDecimal(measure.valueAfter ?? 0, MEASURE_DECIMALS)}</td>
                  <td>{measure.higherIsBetter ? r.higher : r.lower}</td>
                  <td className="number">{moneyText(measure.unitValueMinor, currency)}</td>
                  <td className="number">{formatWholePercent(measure.attributionPercent ?? 0)}</td>
                  <td className="number">{formatWholePercent(measure.confidencePercent ?? 0)}</td>
                  <td className="number">{moneyText(measure.benefitPerYearMinor, currency)}</td>
                  {results.editable ? (
                    <td>
                      <button type="button" aria-label={r.correct(measure.name ?? "")} onClick={() => {
                          setDone(null);
                          setEditing(measure);
                        }}>
                        {r.correctShort}
                      </button>{" "}
                      <button type="button" className="danger" aria-label={r.withdraw(measure.name ?? "")} onClick={() => startWithdrawing(measure)}>
                        {r.withdrawShort}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p role="status" className="ok" tabIndex={-1} ref={withdrawnStatus}>
          {withdraw.isSuccess ? r.withdrawn : null}
        </p>
      </Section>
      {results.editable ? (
        <MeasureEditor
          key={editing?.id ?? "new"}
          results={results}
          editing={editing}
          done={done}
          onSaved={(message) => setDone(message === null ? null : { message })}
          onDone={() => setEditing(undefined)}
          onRefused={onRefused}
        />
      ) : null}
      <ConfirmDialog
        open={withdrawing !== undefined}
        title={r.withdrawTitle}
        confirmLabel={r.withdrawConfirm}
        busy={withdraw.isPending}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
        onCancel={() => startWithdrawing(undefined)}
      >
        <p>{r.withdrawText(withdrawing?.name ?? "")}</p>
        {withdraw.error ? <ErrorState error={withdraw.error} /> : null}
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
  if ("hourlyWageCostMinor" in state) return r.wageSummary(moneyText(state.hourlyWageCostMinor == null ? null : figure(state.hourlyWageCostMinor), currency));
  return r.measureSummary(
    String(state.name ?? ""),
    formatDecimal(figure(state.valueBefore), MEASURE_DECIMALS),
    formatDecimal(figure(state.valueAfter), MEASURE_DECIMALS),
    String(state.unit ?? ""),
    state.higherIsBetter === true ? r.higher : r.lower,
    moneyText(figure(state.unitValueMinor), currency),
    formatWholePercent(figure(state.attributionPercent)),
    formatWholePercent(figure(state.confidencePercent)),
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
  const [refusal, setRefusal] = useState("");
  return (
    <QueryView query={results}>
      {(data) => (
        <>
          {refusal ? (
            <p role="alert" className="form-problem">
              {r.refusedWhole(refusal)}
            </p>
          ) : null}
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
          <WageCost results={data} onRefused={setRefusal} />
          <Measures results={data} onRefused={setRefusal} />
          <Changes cohortId={cohortId} currency={data.currency ?? ""} />
        </>
      )}
    </QueryView>
  );
}

export function ResultsPage() {
  const employerId = useEmployerId();
  const [params, setParams] = useSearchParams();
  const enrolled = useEnrolledCohorts(employerId ?? "", true);
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
