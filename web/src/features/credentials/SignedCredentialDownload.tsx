// A credential's downloads: the Open Badge as JSON (Accept: application/json) and signed as VC-JWT (Accept:
// application/vc+jwt), the compact JWS the API answers, saved as a .jwt file the learner hands to a next employer, who
// checks it at /verify or with any VC-JWT verifier. Where credentials appear: the learner's enrolments, a signed-off
// plan of learning at work, a workshop participant's completion.
import { useMutation } from "@tanstack/react-query";
import { saveBlob, saveJson } from "../../api/download";
import { api } from "../../api/http";
import { ErrorState } from "../../components/States";
import { t } from "../../i18n";

export const VC_JWT = "application/vc+jwt";

/**
 * `path`: the credential's API path (`/api/enrolments/{id}/credential`, `/api/workplace-learning/{id}/credential`,
 * `/api/workshops/{id}/participants/{staffId}/credential`).
 */
export function SignedCredentialDownload({ path, fileName, label }: { path: string; fileName: string; label: string }) {
  const download = useMutation({
    mutationFn: async () => (await api.send(path, { headers: { Accept: VC_JWT } })).text(),
    onSuccess: (jws) => saveBlob(`${fileName}.jwt`, new Blob([jws.trim()], { type: VC_JWT })),
  });
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending} aria-label={label}>
        {download.isPending ? t.learner.downloading : t.credentials.downloadSigned}
      </button>
      {download.error ? <ErrorState error={download.error} /> : null}
    </>
  );
}

/** Both downloads of the credential at `path` for the achievement `title`: the Open Badge as JSON, then signed. */
export function CredentialDownloads({ path, fileName, title }: { path: string; fileName: string; title: string }) {
  const download = useMutation({
    mutationFn: async () => (await api.send(path, { headers: { Accept: "application/json" } })).json() as Promise<unknown>,
    onSuccess: (badge) => saveJson(`${fileName}.json`, badge),
  });
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending} aria-label={t.credentials.downloadJsonFor(title)}>
        {download.isPending ? t.learner.downloading : t.learner.downloadBadge}
      </button>{" "}
      <SignedCredentialDownload path={path} fileName={fileName} label={t.credentials.downloadSignedFor(title)} />
      {download.error ? <ErrorState error={download.error} /> : null}
    </>
  );
}
