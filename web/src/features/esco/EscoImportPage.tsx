// The alliance-admin's ESCO import (POST /api/skills/esco-import?kind=skills|occupations, body text/csv): the ESCO
// download's skills_en.csv or occupations_en.csv sent as it is, up to 64 MB. The answer's counts (read, inserted,
// updated, unchanged) are shown; a refused file names its line (1-based, the header is line 1) and the field, and
// nothing of it was written.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { api } from "../../api/http";
import { ProblemError } from "../../api/problem";
import type { paths } from "../../api/generated/curriculum-service";
import { FormProblem, SelectField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Figure } from "../../components/Table";
import { formatNumber } from "../../format/format";
import { t } from "../../i18n";

type ImportResult = paths["/api/skills/esco-import"]["post"]["responses"][200]["content"]["application/json"];
type Kind = "skills" | "occupations";

export function EscoImportPage() {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [kind, setKind] = useState<Kind>("skills");
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async ({ csv, as }: { csv: File; as: Kind }) => {
      const response = await api.send(`/api/skills/esco-import?kind=${as}`, { method: "POST", headers: { "Content-Type": "text/csv" }, body: csv });
      return (await response.json()) as ImportResult;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["skills"] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ csv: file, as: kind });
  };
  const e = t.esco;
  const result = upload.data;
  const refusedLine = upload.error instanceof ProblemError ? upload.error.line : undefined;
  return (
    <Page title={e.title} intro={e.intro}>
      <form onSubmit={submit} aria-label={e.title}>
        {refusedLine !== undefined ? (
          <p role="alert" className="field-error">
            {e.refusedLine(refusedLine)}
          </p>
        ) : null}
        <FormProblem problem={upload.error} fields={[]} />
        <SelectField label={e.kind} name="kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
          <option value="skills">{e.kinds.skills}</option>
          <option value="occupations">{e.kinds.occupations}</option>
        </SelectField>
        <div className="field">
          <label htmlFor={inputId}>{e.file}</label>
          <input id={inputId} type="file" name="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={!file || upload.isPending}>
          {upload.isPending ? e.importing : e.import}
        </button>
      </form>
      {result ? (
        <div role="status" aria-live="polite">
          <p>{e.done(result.kind === "skills" || result.kind === "occupations" ? e.kinds[result.kind] : (result.kind ?? ""))}</p>
          <dl className="figures">
            <Figure label={e.read} value={formatNumber(result.read ?? 0)} />
            <Figure label={e.inserted} value={formatNumber(result.inserted ?? 0)} />
            <Figure label={e.updated} value={formatNumber(result.updated ?? 0)} />
            <Figure label={e.unchanged} value={formatNumber(result.unchanged ?? 0)} />
          </dl>
        </div>
      ) : null}
    </Page>
  );
}
