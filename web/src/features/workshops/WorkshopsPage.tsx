// HR's in-house workshops (api20.md 6): the employer's own short courses for its staff without a provider (GET
// /api/workshops, paged) and the form that records one (POST /api/workshops): title, skill and target level, the day,
// hours, and the participants ticked from the active staff. Each participant's outcome is recorded on the workshop's
// page. Refusals show at their fields in the API's words.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { api, unwrap } from "../../api/http";
import { ProblemError } from "../../api/problem";
import { FormProblem, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { ColumnHeads } from "../../components/Table";
import { formatDate, formatNumber } from "../../format/format";
import { t } from "../../i18n";
import { AllianceField, useActiveAllianceIds } from "../employer/AllianceField";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { StaffChecklist } from "../shared/StaffChecklist";
import { SkillChoice } from "../workplace/SkillChoice";
import { LevelField } from "../workplace/WorkplaceLearningPage";
import { emptyWorkshopForm, toWorkshopRequest, type WorkshopForm, type WorkshopRequest } from "../workplace/workplaceForms";

const FORM_FIELDS = ["allianceId", "title", "skillId", "targetLevel", "heldOn", "hours", "participants"] as const;

function Workshops() {
  const paging = usePaging();
  const workshops = useQuery({
    queryKey: ["workshops", paging.page, paging.size],
    queryFn: () => unwrap(api.curriculum.GET("/api/workshops", { params: { query: { page: paging.page, size: paging.size } } })),
    placeholderData: keepPreviousData,
  });
  const w = t.workshops;
  return (
    <Section title={w.listTitle} id="workshops">
      <QueryView query={workshops}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{w.none}</Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{w.listTitle}</caption>
                <ColumnHeads columns={[{ label: w.workshopTitle }, { label: w.skill }, { label: w.heldOn }, { label: w.hours, number: true }, { label: w.participants, number: true }, { label: w.recorded, number: true }]} />
                <tbody>
                  {(data.items ?? []).map((workshop) => (
                    <tr key={workshop.id}>
                      <td>
                        <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
                      </td>
                      <td>{t.workplace.skillAtLevel(workshop.skillName ?? workshop.skillCode ?? "", workshop.targetLevel ?? 0)}</td>
                      <td>{formatDate(workshop.heldOn)}</td>
                      <td className="number">{formatNumber(workshop.hours ?? 0)}</td>
                      <td className="number">{formatNumber(workshop.participants?.length ?? 0)}</td>
                      <td className="number">{formatNumber((workshop.participants ?? []).filter((participant) => participant.outcome).length)}</td>
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

function NewWorkshop({ employerId }: { employerId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const allianceIds = useActiveAllianceIds(employerId);
  const [form, setForm] = useState<WorkshopForm>(emptyWorkshopForm);
  const allianceId = form.allianceId || (allianceIds.length === 1 ? (allianceIds[0] ?? "") : "");
  const record = useMutation({
    mutationFn: async () => {
      const request = toWorkshopRequest({ ...form, allianceId });
      if (request instanceof ProblemError) throw request;
      return unwrap(api.curriculum.POST("/api/workshops", { body: request as WorkshopRequest }));
    },
    onSuccess: (workshop) => {
      void queryClient.invalidateQueries({ queryKey: ["workshops"] });
      void navigate(`/workshops/${workshop.id}`);
    },
  });
  const set = (changes: Partial<WorkshopForm>) => setForm((current) => ({ ...current, ...changes }));
  const toggle = (id: string, on: boolean) => set({ participants: on ? [...form.participants, id] : form.participants.filter((value) => value !== id) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const w = t.workshops;
  const problem = record.error;
  return (
    <Section title={w.newTitle} id="new-workshop">
      <form onSubmit={submit} noValidate aria-label={w.newTitle}>
        <FormProblem problem={problem} fields={FORM_FIELDS} />
        <AllianceField allianceIds={allianceIds} value={allianceId} onChange={(id) => set({ allianceId: id })} problem={problem} />
        <TextField label={w.workshopTitle} name="title" problem={problem} required maxLength={200} value={form.title} onChange={(event) => set({ title: event.target.value })} />
        <SkillChoice value={form.skillId} onChange={(id) => set({ skillId: id })} problem={problem} />
        <LevelField label={t.workplace.targetLevel} name="targetLevel" value={form.targetLevel} onChange={(level) => set({ targetLevel: level })} problem={problem} />
        <TextField label={w.heldOn} name="heldOn" type="date" problem={problem} required value={form.heldOn} onChange={(event) => set({ heldOn: event.target.value })} />
        <TextField label={w.hours} name="hours" problem={problem} required inputMode="decimal" value={form.hours} onChange={(event) => set({ hours: event.target.value })} />
        <StaffChecklist employerId={employerId} name="participants" legend={w.participants} empty={w.noStaff} chosen={form.participants} onToggle={toggle} problem={problem} />
        <button type="submit" className="primary" disabled={record.isPending}>
          {record.isPending ? t.common.saving : w.record}
        </button>
      </form>
    </Section>
  );
}

export function WorkshopsPage() {
  const employerId = useEmployerId();
  const w = t.workshops;
  if (employerId === null) return <NoEmployer title={w.title} />;
  return (
    <Page title={w.title} intro={w.intro} actions={<Link to="/learning-at-work">{t.workplace.title}</Link>}>
      <Workshops />
      <NewWorkshop employerId={employerId} />
    </Page>
  );
}
