// A programme drafted from a real scheme's template (docs/funding.md "Scheme templates"): the templates listed
// (`GET /api/programme-templates`), the chosen one read whole for its currency, rules, notes and sources, and the
// funder's own choices (name, budget in the template's currency, period) sent to `POST /api/programmes/from-template`.
// The draft is then revised like any other.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { QueryView } from "../../components/States";
import { moneyToMinor } from "../../format/decimalInput";
import { formatDate } from "../../format/format";
import { parseProblem } from "../../api/problem";
import { t } from "../../i18n";
import { hasSchemeRules, SchemeRulesSummary } from "./SchemeRulesSummary";

type Programme = components["schemas"]["ProgrammeResponse"];
const FIELDS = ["templateKey", "name", "budgetMinor", "currency", "periodStart", "periodEnd"];

function TemplateFacts({ template }: { template: components["schemas"]["ProgrammeTemplate"] }) {
  const f = t.funder.templateForm;
  return (
    <div className="template-facts">
      <p>{template.description}</p>
      {hasSchemeRules(template.programme.schemeRules, template.programme.currency) ? (
        <SchemeRulesSummary rules={template.programme.schemeRules} label={t.funder.programmes.schemeRules(template.name)} currency={template.programme.currency} />
      ) : null}
      <p>{f.notes}</p>
      <ul>
        {template.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>{f.sources}</p>
      <ul>
        {template.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url}>{f.source(source.title, formatDate(source.readOn))}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TemplateDraftForm({ funderId, onDone }: { funderId: string; onDone: (programme: Programme) => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ templateKey: "", name: "", budget: "", periodStart: "", periodEnd: "" });
  const templates = useQuery({
    queryKey: ["programme-templates"],
    queryFn: () => unwrap(api.funding.GET("/api/programme-templates")),
    staleTime: 60_000,
  });
  const chosen = useQuery({
    queryKey: ["programme-template", values.templateKey],
    queryFn: () => unwrap(api.funding.GET("/api/programme-templates/{key}", { params: { path: { key: values.templateKey } } })),
    enabled: values.templateKey !== "",
    staleTime: 60_000,
  });
  const currency = chosen.data?.programme.currency ?? "";
  const save = useMutation({
    mutationFn: async () => {
      const budget = moneyToMinor(values.budget, currency);
      if (!budget.ok) throw parseProblem({ budgetMinor: budget.problem }, t.pages.parse);
      const name = values.name.trim();
      return unwrap(
        api.funding.POST("/api/programmes/from-template", {
          body: {
            templateKey: values.templateKey,
            funderId,
            ...(name === "" ? {} : { name }),
            // left out when empty or before the template is read: the API names the missing field
            budgetMinor: budget.value as number,
            // the currency the budget was converted in: the API refuses it if it is not the template's
            currency,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
          },
        }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(["programme", saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ["programmes"] });
      onDone(saved);
    },
  });
  const f = t.funder.templateForm;
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={f.title}>
      <FormProblem problem={save.error} fields={FIELDS} />
      <QueryView query={templates}>
        {(list) => (
          <SelectField label={f.template} name="templateKey" required problem={save.error} value={values.templateKey} onChange={set("templateKey")}>
            <option value="">{t.pages.choose}</option>
            {list.map((template) => (
              <option key={template.key} value={template.key}>
                {f.templateOption(template.name ?? template.key ?? "", template.country ?? "")}
              </option>
            ))}
          </SelectField>
        )}
      </QueryView>
      {values.templateKey !== "" ? <QueryView query={chosen}>{(template) => <TemplateFacts template={template} />}</QueryView> : null}
      {currency !== "" ? <p>{f.currency(currency)}</p> : null}
      <TextField label={f.name} name="name" hint={f.nameHint} problem={save.error} value={values.name} onChange={set("name")} />
      <TextField label={f.budget(currency)} name="budgetMinor" required inputMode="decimal" problem={save.error} value={values.budget} onChange={set("budget")} />
      <TextField label={f.periodStart} name="periodStart" type="date" required problem={save.error} value={values.periodStart} onChange={set("periodStart")} />
      <TextField label={f.periodEnd} name="periodEnd" type="date" required problem={save.error} value={values.periodEnd} onChange={set("periodEnd")} />
      <button type="submit" className="primary" disabled={save.isPending || values.templateKey === "" || currency === ""}>
        {f.save}
      </button>
    </form>
  );
}
