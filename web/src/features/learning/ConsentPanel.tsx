// The learner's own consent to outcome reporting (GET and POST /api/me/consents): where it stands, the text and its
// version, giving it (with an optional gender and age band) or withdrawing it after a confirmation, and every change
// so far. Beside it the download of everything held about the learner: a plain link to GET /api/me/export, which the
// gateway answers with the session's token as a JSON file (Content-Disposition: attachment).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { FormProblem, SelectField } from "../../components/Form";
import { Section } from "../../components/Page";
import { Empty, QueryView } from "../../components/States";
import { formatDateTime } from "../../format/format";
import { t } from "../../i18n";

type Consent = components["schemas"]["ConsentView"];
type Gender = NonNullable<components["schemas"]["ConsentRequest"]["gender"]>;
type AgeBand = NonNullable<components["schemas"]["ConsentRequest"]["ageBand"]>;

const GENDERS = Object.keys(t.staff.gender) as Gender[];
const AGE_BANDS = Object.keys(t.staff.ageBand) as AgeBand[];

function ConsentHistory({ consent }: { consent: Consent }) {
  const history = consent.history ?? [];
  if (history.length === 0) return <Empty>{t.learner.consent.noHistory}</Empty>;
  return (
    <table>
      <caption>{t.learner.consent.history}</caption>
      <thead>
        <tr>
          <th scope="col">{t.learner.consent.columns.when}</th>
          <th scope="col">{t.learner.consent.columns.change}</th>
          <th scope="col">{t.learner.consent.columns.version}</th>
          <th scope="col">{t.learner.consent.columns.by}</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((entry) => (
          <tr key={`${entry.recordedAt}-${entry.given}-${entry.recordedBy}`}>
            <td>{formatDateTime(entry.recordedAt)}</td>
            <td>{entry.given ? t.learner.consent.given : t.learner.consent.withdrawn}</td>
            <td>{entry.textVersion ?? t.common.none}</td>
            <td>{entry.recordedBy === "LEARNER" ? t.learner.consent.byYou : t.learner.consent.byEmployer}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConsentForm({ consent }: { consent: Consent }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [gender, setGender] = useState<Gender | "">("");
  const [ageBand, setAgeBand] = useState<AgeBand | "">("");
  const giving = !consent.given;
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        api.member.POST("/api/me/consents", {
          body: giving
            ? { purpose: consent.purpose, given: true, textVersion: consent.textVersion, gender: gender || undefined, ageBand: ageBand || undefined }
            : { purpose: consent.purpose, given: false, textVersion: consent.textVersion },
        }),
      ),
    onSuccess: () => {
      setConfirming(false);
      return queryClient.invalidateQueries({ queryKey: ["me", "consents"] });
    },
  });
  return (
    <div>
      {giving ? (
        <>
          <SelectField label={t.staff.fields.gender} name="gender" problem={change.error} value={gender} onChange={(event) => setGender(event.target.value as Gender | "")}>
            <option value="">{t.learner.consent.notStated}</option>
            {GENDERS.map((value) => (
              <option key={value} value={value}>
                {t.staff.gender[value]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t.staff.fields.ageBand} name="ageBand" problem={change.error} value={ageBand} onChange={(event) => setAgeBand(event.target.value as AgeBand | "")}>
            <option value="">{t.learner.consent.notStated}</option>
            {AGE_BANDS.map((value) => (
              <option key={value} value={value}>
                {t.staff.ageBand[value]}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="consent-confirm" className="confirm">
          <p id="consent-confirm">{giving ? t.learner.consent.confirmGive(consent.textVersion ?? "") : t.learner.consent.confirmWithdraw}</p>
          <button type="button" onClick={() => change.mutate()} disabled={change.isPending}>
            {giving ? t.learner.consent.yesGive : t.learner.consent.yesWithdraw}
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)} disabled={change.isPending}>
            {t.learner.consent.cancel}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {giving ? t.learner.consent.give : t.learner.consent.withdraw}
        </button>
      )}
      <FormProblem problem={change.error} fields={["gender", "ageBand"]} />
    </div>
  );
}

function ConsentCard({ consent }: { consent: Consent }) {
  const german = consent.texts?.["de"];
  return (
    <div className="consent">
      <p role="status">
        <strong>{consent.given ? t.learner.consent.stateGiven : t.learner.consent.stateNotGiven}</strong>
        {consent.given && (consent.gender || consent.ageBand)
          ? ` ${t.learner.consent.sharing([consent.gender ? t.staff.gender[consent.gender] : null, consent.ageBand ? t.staff.ageBand[consent.ageBand] : null].filter(Boolean).join(", "))}`
          : null}
      </p>
      <blockquote lang="en">{consent.texts?.["en"]}</blockquote>
      <p className="hint">{t.learner.consent.version(consent.textVersion ?? "")}</p>
      {german ? (
        <details>
          <summary>{t.learner.consent.inGerman}</summary>
          <blockquote lang="de">{german}</blockquote>
        </details>
      ) : null}
      <ConsentForm consent={consent} />
      <ConsentHistory consent={consent} />
    </div>
  );
}

export function ConsentPanel() {
  const consents = useQuery({
    queryKey: ["me", "consents"],
    queryFn: () => unwrap(api.member.GET("/api/me/consents")),
  });
  return (
    <Section title={t.learner.consent.title} id="consent">
      <QueryView query={consents}>{(data) => <>{data.map((consent) => <ConsentCard key={consent.purpose} consent={consent} />)}</>}</QueryView>
    </Section>
  );
}

export function DownloadMyData() {
  return (
    <Section title={t.learner.myData.title} id="my-data">
      <p>{t.learner.myData.intro}</p>
      <a href="/api/me/export" download="skill-alliance-my-data.json" className="button">
        {t.learner.myData.download}
      </a>
    </Section>
  );
}
