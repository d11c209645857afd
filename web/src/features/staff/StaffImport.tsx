// CSV import of the staff register (POST /api/staff/import, multipart `file`): the API judges each row on its own and
// answers one result per row; every row is shown with its outcome, and a refused row with each field and reason.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { api } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { FormProblem } from "../../components/Form";
import { Section } from "../../components/Page";
import { t } from "../../i18n";

type Report = components["schemas"]["Report"];

export function StaffImport({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (csv: File) => {
      const body = new FormData();
      body.append("file", csv, csv.name);
      const response = await api.send(`/api/staff/import?employerId=${encodeURIComponent(employerId)}`, { method: "POST", body });
      return (await response.json()) as Report;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["staff"] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  const report = upload.data;
  const s = t.staff.import;
  return (
    <Section title={s.title} id="staff-import">
      <p className="hint">{s.hint}</p>
      <form onSubmit={submit} className="filters">
        <FormProblem problem={upload.error} fields={[]} />
        <div className="field">
          <label htmlFor={inputId}>{s.file}</label>
          <input id={inputId} type="file" name="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={!file || upload.isPending}>
          {upload.isPending ? s.uploading : s.upload}
        </button>
      </form>
      {report ? (
        <div role="status" aria-live="polite">
          <p>{s.summary(report.created ?? 0, report.updated ?? 0, report.unchanged ?? 0, report.rejected ?? 0)}</p>
          <table>
            <caption>{s.resultsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.line}</th>
                <th scope="col">{s.outcome}</th>
                <th scope="col">{s.problems}</th>
              </tr>
            </thead>
            <tbody>
              {(report.rows ?? []).map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td className={row.outcome === "REJECTED" ? "bad" : "ok"}>{row.outcome ? s.outcomes[row.outcome] : t.common.none}</td>
                  <td>
                    {(row.errors ?? []).length === 0 ? (
                      t.common.none
                    ) : (
                      <ul>
                        {(row.errors ?? []).map((error, index) => (
                          <li key={index}>{t.common.fieldProblem(error.field ?? "", error.reason ?? "")}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}
