// One workshop (GET /api/workshops/{id}) with its participants and each one's outcome; a participant not yet recorded
// gets a row form (PUT /api/workshops/{id}/participants/{staffId}/outcome): outcome, hours attended and, for a
// completion, the level reached. A completion signs the participant's learning off (their skill record gets it with
// source "On the job"); an outcome is recorded once. Each answer is the whole workshop, which replaces the cached one;
// a refusal shows at the row's cell it names. A completed participant's credential downloads beside the row (GET
// /api/workshops/{id}/participants/{staffId}/credential, as JSON or signed as VC-JWT).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import type { paths } from "../../api/generated/curriculum-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { QueryView } from "../../components/States";
import { ColumnHeads, Figure } from "../../components/Table";
import { formatDate, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { CredentialDownloads } from "../credentials/SignedCredentialDownload";
import { StaffName, useStaffName } from "../shared/Names";
import { LevelField } from "../workplace/WorkplaceLearningPage";
import { emptyOutcomeForm, toOutcomeRequest, type OutcomeForm, type OutcomeRequest, type WorkshopOutcome } from "../workplace/workplaceForms";

type Workshop = paths["/api/workshops/{id}"]["get"]["responses"][200]["content"]["application/json"];
type Participant = NonNullable<Workshop["participants"]>[number];

const OUTCOMES: WorkshopOutcome[] = ["COMPLETED", "NOT_COMPLETED", "NO_SHOW"];

function workshopKey(id: string) {
  return ["workshops", "one", id];
}

function RecordOutcome({ workshopId, staffId }: { workshopId: string; staffId: string }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<OutcomeForm>(emptyOutcomeForm);
  const name = useStaffName(staffId);
  const record = useMutation({
    mutationFn: async () => {
      const request = toOutcomeRequest(form);
      if (request instanceof ProblemError) throw request;
      return unwrap(api.curriculum.PUT("/api/workshops/{id}/participants/{staffId}/outcome", { params: { path: { id: workshopId, staffId } }, body: request as OutcomeRequest }));
    },
    onSuccess: (workshop) => {
      queryClient.setQueryData(workshopKey(workshopId), workshop);
      void queryClient.invalidateQueries({ queryKey: ["workshops"], predicate: (query) => query.queryKey[1] !== "one" });
    },
  });
  const set = (changes: Partial<OutcomeForm>) => setForm((current) => ({ ...current, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const w = t.workshops;
  const problem = record.error;
  return (
    <form onSubmit={submit} noValidate aria-label={w.recordFor(name)} className="row-form">
      <FormProblem problem={problem} fields={["outcome", "attendedHours", "levelReached"]} />
      <SelectField label={w.outcome} name="outcome" problem={problem} required value={form.outcome} onChange={(event) => set({ outcome: event.target.value as WorkshopOutcome | "" })}>
        <option value="">{w.chooseOutcome}</option>
        {OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {w.outcomes[outcome]}
          </option>
        ))}
      </SelectField>
      {form.outcome === "NO_SHOW" ? null : (
        <TextField label={w.attendedHours} name="attendedHours" problem={problem} required inputMode="decimal" value={form.attendedHours} onChange={(event) => set({ attendedHours: event.target.value })} />
      )}
      {form.outcome === "COMPLETED" ? <LevelField label={t.workplace.signOff.levelReached} name="levelReached" value={form.levelReached} onChange={(level) => set({ levelReached: level })} problem={problem} /> : null}
      <button type="submit" disabled={record.isPending}>
        {record.isPending ? t.common.saving : w.recordOutcome}
      </button>
    </form>
  );
}

/** A completed participant's credential: the workshop's skill at the level reached (curriculum's `credential`). */
function ParticipantCredential({ workshop, staffId }: { workshop: Workshop; staffId: string }) {
  const name = useStaffName(staffId);
  return (
    <CredentialDownloads
      path={`/api/workshops/${workshop.id}/participants/${staffId}/credential`}
      fileName={`workshop-${workshop.id}-${staffId}`}
      title={t.workshops.credentialOf(workshop.title ?? "", name)}
    />
  );
}

function ParticipantRow({ workshop, participant }: { workshop: Workshop; participant: Participant }) {
  const w = t.workshops;
  const workshopId = workshop.id ?? "";
  const recorded = participant.outcome !== undefined && participant.outcome !== null;
  return (
    <tr>
      <th scope="row">
        <StaffName id={participant.staffId} />
      </th>
      {recorded ? (
        <>
          <td>{w.outcomes[participant.outcome as WorkshopOutcome]}</td>
          <td className="number">{formatNumber(participant.attendedHours ?? 0)}</td>
          <td className="number">{participant.levelReached === undefined || participant.levelReached === null ? t.common.none : String(participant.levelReached)}</td>
          <td>{formatDate(participant.recordedOn)}</td>
          <td>{participant.outcome === "COMPLETED" && participant.staffId ? <ParticipantCredential workshop={workshop} staffId={participant.staffId} /> : t.common.none}</td>
        </>
      ) : (
        <td colSpan={5}>
          <RecordOutcome workshopId={workshopId} staffId={participant.staffId ?? ""} />
        </td>
      )}
    </tr>
  );
}

function Facts({ workshop }: { workshop: Workshop }) {
  const w = t.workshops;
  return (
    <dl className="figures">
      <Figure label={w.skill} value={t.workplace.skill.option(workshop.skillName ?? "", workshop.skillCode ?? "")} />
      <Figure label={t.workplace.targetLevel} value={String(workshop.targetLevel ?? t.common.none)} />
      <Figure label={w.heldOn} value={formatDate(workshop.heldOn)} />
      <Figure label={w.hours} value={formatNumber(workshop.hours ?? 0)} />
    </dl>
  );
}

export function WorkshopPage() {
  const { id = "" } = useParams();
  const workshop = useQuery({
    queryKey: workshopKey(id),
    queryFn: () => unwrap(api.curriculum.GET("/api/workshops/{id}", { params: { path: { id } } })),
  });
  const w = t.workshops;
  return (
    <QueryView query={workshop}>
      {(data) => (
        <Page title={data.title ?? w.title}>
          <Facts workshop={data} />
          <Section title={w.participants} id="participants">
            <table>
              <caption className="visually-hidden">{w.participants}</caption>
              <ColumnHeads columns={[{ label: w.person }, { label: w.outcome }, { label: w.attendedHours, number: true }, { label: t.workplace.signOff.levelReached, number: true }, { label: w.recordedOn }, { label: w.credential }]} />
              <tbody>
                {(data.participants ?? []).map((participant) => (
                  <ParticipantRow key={participant.staffId} workshop={data} participant={participant} />
                ))}
              </tbody>
            </table>
          </Section>
        </Page>
      )}
    </QueryView>
  );
}
