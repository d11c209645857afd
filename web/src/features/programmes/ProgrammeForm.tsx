// A grant programme's draft (POST /api/programmes) or its revision (PUT, drafts only): name, budget, period,
// eligibility, caps, one band rule per size band and the on-the-job rule (issue 20), typed as people think of them (rates in %, money in major
// units) and sent as the API takes them (fractions, minor units) by toProgrammeRequest.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { parseProblem, ProblemError } from "../../api/problem";
import { FormProblem, TextField } from "../../components/Form";
import { t } from "../../i18n";
import {
  emptyProgrammeForm,
  programmeToForm,
  renameProblemFields,
  SIZE_BANDS,
  toProgrammeRequest,
  type BandRuleForm,
  type ProgrammeForm as Values,
  type SizeBand,
} from "./programmeForm";

type Programme = components["schemas"]["ProgrammeResponse"];

const TOP_FIELDS = [
  "name",
  "currency",
  "budget",
  "periodStart",
  "periodEnd",
  "eligibleSizeBands",
  "eligibleSectorCodes",
  "eligibleRegions",
  "eligibleAllianceIds",
  "requiredPriorityTags",
  "capPerParticipant",
  "capPerEmployer",
  "suppressionK",
  "funderId",
  "onTheJob.included",
  "onTheJob.ratePerHour",
  "onTheJob.maxHoursPerParticipant",
  "onTheJob.requiresOffTheJob",
];
const BAND_FIELDS = SIZE_BANDS.flatMap((band) =>
  ["included", "costRatePercent", "wageSubsidyPerHour", "minimumEmployerSharePercent"].map((field) => `bandRules.${band}.${field}`),
);

export function ProgrammeForm({ programme, funderId, onDone }: { programme?: Programme; funderId: string; onDone: (programme: Programme) => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => (programme ? programmeToForm(programme) : emptyProgrammeForm()));
  const alliances = useQuery({
    queryKey: ["alliances", "all"],
    queryFn: () => unwrap(api.member.GET("/api/alliances", { params: { query: { size: 200 } } })),
    staleTime: 60_000,
  });
  const save = useMutation({
    mutationFn: async (form: Values) => {
      const { request, problems, bandRuleField } = toProgrammeRequest(form, funderId);
      if (request === null) throw parseProblem(problems, t.pages.parse);
      const call = programme?.id
        ? api.funding.PUT("/api/programmes/{id}", { params: { path: { id: programme.id } }, body: request })
        : api.funding.POST("/api/programmes", { body: request });
      try {
        return await unwrap(call);
      } catch (error) {
        throw error instanceof ProblemError ? renameProblemFields(error, bandRuleField) : error;
      }
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(["programme", saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ["programmes"] });
      onDone(saved);
    },
  });
  const p = t.funder.programmeForm;
  const problem = save.error;
  const set = (name: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const setBand = (band: SizeBand, change: Partial<BandRuleForm>) =>
    setValues({ ...values, bandRules: { ...values.bandRules, [band]: { ...values.bandRules[band], ...change } } });
  const setOnTheJob = (change: Partial<Values["onTheJob"]>) => setValues({ ...values, onTheJob: { ...values.onTheJob, ...change } });
  const toggleEligible = (band: SizeBand, on: boolean) =>
    setValues({ ...values, eligibleSizeBands: on ? [...values.eligibleSizeBands, band] : values.eligibleSizeBands.filter((value) => value !== band) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(values);
  };
  const bandField = (band: SizeBand, name: "costRatePercent" | "wageSubsidyPerHour" | "minimumEmployerSharePercent", label: string) => (
    <TextField
      label={label}
      name={`bandRules.${band}.${name}`}
      inputMode="decimal"
      problem={problem}
      value={values.bandRules[band][name]}
      disabled={!values.bandRules[band].included}
      onChange={(event) => setBand(band, { [name]: event.target.value })}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={programme ? p.reviseTitle : p.createTitle}>
      <FormProblem problem={problem} fields={[...TOP_FIELDS, ...BAND_FIELDS]} />
      <TextField label={p.name} name="name" problem={problem} required value={values.name} onChange={set("name")} />
      <TextField label={p.currency} name="currency" problem={problem} required maxLength={3} value={values.currency} onChange={set("currency")} />
      <TextField
        label={p.budget(values.currency)}
        name="budget"
        inputMode="decimal"
        problem={problem}
        required
        value={values.budget}
        onChange={set("budget")}
      />
      <TextField label={p.periodStart} name="periodStart" type="date" problem={problem} required value={values.periodStart} onChange={set("periodStart")} />
      <TextField label={p.periodEnd} name="periodEnd" type="date" problem={problem} required value={values.periodEnd} onChange={set("periodEnd")} />
      <fieldset>
        <legend>{p.eligibleSizeBands}</legend>
        <p className="hint">{p.eligibleSizeBandsHint}</p>
        {SIZE_BANDS.map((band) => (
          <label key={band} className="check">
            <input type="checkbox" checked={values.eligibleSizeBands.includes(band)} onChange={(event) => toggleEligible(band, event.target.checked)} />{" "}
            {t.pages.sizeBands[band]}
          </label>
        ))}
        {problem instanceof ProblemError && problem.reasonFor("eligibleSizeBands") ? (
          <p className="field-error">{problem.reasonFor("eligibleSizeBands")}</p>
        ) : null}
      </fieldset>
      <TextField
        label={p.sectors}
        name="eligibleSectorCodes"
        hint={p.sectorsHint}
        problem={problem}
        value={values.eligibleSectorCodes}
        onChange={set("eligibleSectorCodes")}
      />
      <TextField
        label={p.regions}
        name="eligibleRegions"
        hint={p.regionsHint}
        problem={problem}
        value={values.eligibleRegions}
        onChange={set("eligibleRegions")}
      />
      <TextField
        label={p.tags}
        name="requiredPriorityTags"
        hint={p.tagsHint}
        problem={problem}
        value={values.requiredPriorityTags}
        onChange={set("requiredPriorityTags")}
      />
      <fieldset>
        <legend>{p.alliances}</legend>
        <p className="hint">{p.alliancesHint}</p>
        {(alliances.data?.items ?? []).map((alliance) => (
          <label key={alliance.id} className="check">
            <input
              type="checkbox"
              checked={values.eligibleAllianceIds.includes(alliance.id ?? "")}
              onChange={(event) =>
                setValues({
                  ...values,
                  eligibleAllianceIds: event.target.checked
                    ? [...values.eligibleAllianceIds, alliance.id ?? ""]
                    : values.eligibleAllianceIds.filter((id) => id !== alliance.id),
                })
              }
            />{" "}
            {alliance.name}
          </label>
        ))}
      </fieldset>
      <TextField
        label={p.capPerParticipant(values.currency)}
        name="capPerParticipant"
        inputMode="decimal"
        problem={problem}
        value={values.capPerParticipant}
        onChange={set("capPerParticipant")}
      />
      <TextField
        label={p.capPerEmployer(values.currency)}
        name="capPerEmployer"
        inputMode="decimal"
        problem={problem}
        value={values.capPerEmployer}
        onChange={set("capPerEmployer")}
      />
      <TextField
        label={p.suppressionK}
        name="suppressionK"
        inputMode="numeric"
        hint={p.suppressionKHint}
        problem={problem}
        value={values.suppressionK}
        onChange={set("suppressionK")}
      />
      <fieldset>
        <legend>{p.bandRules}</legend>
        <p className="hint">{p.bandRulesHint}</p>
        {problem instanceof ProblemError && problem.reasonFor("bandRules") ? <p className="field-error">{problem.reasonFor("bandRules")}</p> : null}
        {SIZE_BANDS.map((band) => (
          <fieldset key={band} className="band-rule">
            <legend>{t.pages.sizeBands[band]}</legend>
            <label className="check">
              <input type="checkbox" checked={values.bandRules[band].included} onChange={(event) => setBand(band, { included: event.target.checked })} />{" "}
              {p.hasRule(t.pages.sizeBands[band])}
            </label>
            {problem instanceof ProblemError && problem.reasonFor(`bandRules.${band}.included`) ? (
              <p className="field-error">{problem.reasonFor(`bandRules.${band}.included`)}</p>
            ) : null}
            <div className="filters">
              {bandField(band, "costRatePercent", p.costRate)}
              {bandField(band, "wageSubsidyPerHour", p.wageSubsidy(values.currency))}
              {bandField(band, "minimumEmployerSharePercent", p.minimumShare)}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <fieldset>
        <legend>{p.onTheJob}</legend>
        <p className="hint">{p.onTheJobHint}</p>
        <label className="check">
          <input type="checkbox" checked={values.onTheJob.included} onChange={(event) => setOnTheJob({ included: event.target.checked })} /> {p.onTheJobIncluded}
        </label>
        {problem instanceof ProblemError && problem.reasonFor("onTheJob.included") ? <p className="field-error">{problem.reasonFor("onTheJob.included")}</p> : null}
        <div className="filters">
          <TextField
            label={p.onTheJobRate(values.currency)}
            name="onTheJob.ratePerHour"
            inputMode="decimal"
            problem={problem}
            disabled={!values.onTheJob.included}
            value={values.onTheJob.ratePerHour}
            onChange={(event) => setOnTheJob({ ratePerHour: event.target.value })}
          />
          <TextField
            label={p.onTheJobMaxHours}
            name="onTheJob.maxHoursPerParticipant"
            inputMode="decimal"
            problem={problem}
            disabled={!values.onTheJob.included}
            value={values.onTheJob.maxHoursPerParticipant}
            onChange={(event) => setOnTheJob({ maxHoursPerParticipant: event.target.value })}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={values.onTheJob.requiresOffTheJob}
            disabled={!values.onTheJob.included}
            onChange={(event) => setOnTheJob({ requiresOffTheJob: event.target.checked })}
          />{" "}
          {p.onTheJobRequiresOffTheJob}
        </label>
        {problem instanceof ProblemError && problem.reasonFor("onTheJob.requiresOffTheJob") ? <p className="field-error">{problem.reasonFor("onTheJob.requiresOffTheJob")}</p> : null}
      </fieldset>
      <p>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t.common.saving : programme ? p.saveRevision : p.saveDraft}
        </button>
      </p>
    </form>
  );
}
