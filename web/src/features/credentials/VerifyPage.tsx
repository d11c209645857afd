// The public page /verify (no sign-in, docs/web-app.md "Verifying a credential"): anyone pastes a credential signed as
// VC-JWT, the page posts it to POST /api/credentials/verify (public at the gateway) and shows each check the API made
// (signature, issuer, validity, status) with its detail, then the result: verified, revoked or not verified. A
// malformed credential is a result too (the signature check failed); an empty paste is the API's to refuse (400).
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { paths } from "../../api/generated/curriculum-service";
import { FormProblem, TextAreaField } from "../../components/Form";
import { Section } from "../../components/Page";
import { ColumnHeads } from "../../components/Table";
import { t } from "../../i18n";
import { Banner } from "../../layout/Banner";

type Verification = paths["/api/credentials/verify"]["post"]["responses"][200]["content"]["application/json"];

const CHECKS = ["signature", "issuer", "validity", "status"] as const;

/** A check's name in words; a check the API adds later is shown by the name it gives. */
function checkName(check: string | undefined): string {
  const known = CHECKS.find((name) => name === check);
  return known ? t.verify.checkNames[known] : (check ?? t.common.none);
}

function outcomeText(result: Verification): string {
  const v = t.verify;
  if (result.revoked) return v.revoked;
  return result.verified ? v.verified : v.notVerified;
}

/** The claims a verifier wants to read at a glance: what was achieved, by whom, from whom. */
function credentialFacts(credential: Verification["credential"]): Array<[string, string]> {
  if (!credential || typeof credential !== "object") return [];
  const record = credential as Record<string, unknown>;
  const subject = (record.credentialSubject ?? {}) as Record<string, unknown>;
  const achievement = (subject.achievement ?? {}) as Record<string, unknown>;
  const issuer = record.issuer;
  const issuerName = typeof issuer === "string" ? issuer : ((issuer ?? {}) as Record<string, unknown>).name;
  const v = t.verify.facts;
  const facts: Array<[string, unknown]> = [
    [v.achievement, achievement.name],
    [v.issuer, issuerName],
    [v.validFrom, record.validFrom],
    [v.validUntil, record.validUntil],
  ];
  return facts.filter((fact): fact is [string, string] => typeof fact[1] === "string" && fact[1] !== "");
}

function Result({ result }: { result: Verification }) {
  const v = t.verify;
  const facts = credentialFacts(result.credential);
  return (
    <Section title={v.resultTitle} id="verification">
      <p role="status" className={result.verified && !result.revoked ? "ok" : "field-error"}>
        {outcomeText(result)}
      </p>
      <table>
        <caption className="visually-hidden">{v.checksCaption}</caption>
        <ColumnHeads columns={[{ label: v.columns.check }, { label: v.columns.result }, { label: v.columns.detail }]} />
        <tbody>
          {(result.checks ?? []).map((check) => (
            <tr key={check.check}>
              <th scope="row">{checkName(check.check)}</th>
              <td>{check.passed ? v.passed : v.failed}</td>
              <td>{check.detail ?? t.common.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {facts.length > 0 ? (
        <dl className="figures">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </Section>
  );
}

export function VerifyPage() {
  const [credential, setCredential] = useState("");
  const v = t.verify;
  useEffect(() => {
    document.title = `${v.title} · ${t.common.appName}`;
  }, [v.title]);
  const verify = useMutation({
    // sent as typed (the API trims and judges it); the JSON form names the field the API's reasons name
    mutationFn: () => unwrap(api.curriculum.POST("/api/credentials/verify", { body: { credential } })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  return (
    <>
      <Banner>
        <a href="/">{v.toApp}</a>
      </Banner>
      <main id="main" tabIndex={-1} className="public-page">
        <h1>{v.title}</h1>
        <p className="intro">{v.intro}</p>
        <form onSubmit={submit} noValidate aria-label={v.title}>
          <FormProblem problem={verify.error} fields={["credential"]} />
          <TextAreaField
            label={v.credential}
            name="credential"
            hint={v.credentialHint}
            problem={verify.error}
            required
            rows={8}
            spellCheck={false}
            value={credential}
            onChange={(event) => setCredential(event.target.value)}
          />
          <button type="submit" className="primary" disabled={verify.isPending}>
            {verify.isPending ? v.verifying : v.verify}
          </button>
        </form>
        {verify.data ? <Result result={verify.data} /> : null}
      </main>
    </>
  );
}
