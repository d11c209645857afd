// A report's CSV: the same endpoint asked with Accept: text/csv (docs/reporting.md), saved under the file name the
// server gives in Content-Disposition (ids only), through the API layer (session cookie, problems as ProblemError).
import { saveBlob } from "../../api/download";
import { api } from "../../api/http";

/** The file name of a Content-Disposition header (`attachment; filename="impact-report-<id>.csv"`), or the fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? "");
  return match?.[1]?.trim() || fallback;
}

export async function downloadCsv(path: string, fallbackName: string): Promise<string> {
  const response = await api.send(path, { headers: { Accept: "text/csv" } });
  const text = await response.text();
  const name = fileNameOf(response.headers.get("Content-Disposition"), fallbackName);
  saveBlob(name, new Blob([text], { type: "text/csv;charset=utf-8" }));
  return text;
}
