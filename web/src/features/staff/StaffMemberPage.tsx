// One staff member: the details, edit, record leaving, and erasure (personal data removed, confirmed first).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/http";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormProblem, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { ErrorState, Loading } from "../../components/States";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { StaffForm, type StaffFields } from "./StaffForm";

export function StaffMemberPage() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [leaveDate, setLeaveDate] = useState("");
  const staff = useQuery({
    queryKey: ["staff", id],
    queryFn: () => unwrap(api.member.GET("/api/staff/{id}", { params: { path: { id } } })),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["staff"] });
  const update = useMutation({
    mutationFn: (body: StaffFields) => unwrap(api.member.PUT("/api/staff/{id}", { params: { path: { id } }, body })),
    onSuccess: () => {
      refresh();
      setEditing(false);
    },
  });
  const leave = useMutation({
    mutationFn: (employmentEnd: string) => unwrap(api.member.POST("/api/staff/{id}/leave", { params: { path: { id } }, body: { employmentEnd } })),
    onSuccess: refresh,
  });
  const erase = useMutation({
    mutationFn: () => unwrap(api.member.DELETE("/api/staff/{id}", { params: { path: { id } } })),
    onSuccess: () => {
      refresh();
      void navigate("/staff?erased=1");
    },
  });
  if (staff.isPending) return <Loading />;
  if (staff.error || !staff.data) {
    return (
      <Page title={t.staff.memberTitle}>
        <ErrorState error={staff.error} onRetry={() => void staff.refetch()} />
      </Page>
    );
  }
  const member = staff.data;
  const name = member.status === "ERASED" ? t.staff.erasedName : `${member.firstName ?? ""} ${member.lastName ?? ""}`.trim();
  const f = t.staff.fields;
  const submitLeave = (event: FormEvent) => {
    event.preventDefault();
    leave.mutate(leaveDate);
  };
  return (
    <Page title={name} intro={<Link to="/staff">{t.staff.backToList}</Link>}>
      <dl className="details">
        <dt>{t.staff.columns.status}</dt>
        <dd>{member.status ? t.staff.status[member.status] : t.common.none}</dd>
        <dt>{f.email}</dt>
        <dd>{member.email ?? t.common.none}</dd>
        <dt>{f.jobRoleIsco}</dt>
        <dd>{member.jobRoleIsco ?? t.common.none}</dd>
        <dt>{f.employmentStart}</dt>
        <dd>{formatDate(member.employmentStart) || t.common.none}</dd>
        <dt>{f.employmentEnd}</dt>
        <dd>{formatDate(member.employmentEnd) || t.common.none}</dd>
        <dt>{f.consentToReporting}</dt>
        <dd>{member.consentToReporting ? t.common.yes : t.common.no}</dd>
      </dl>
      {member.status === "ERASED" ? (
        <p className="state">{t.staff.erasedNote(formatDate(member.erasedAt?.slice(0, 10)))}</p>
      ) : (
        <>
          <Section title={t.staff.editTitle} id="staff-edit">
            {editing ? (
              <StaffForm staff={member} onSubmit={(body) => update.mutate(body)} submitting={update.isPending} problem={update.error} submitLabel={t.common.save} onCancel={() => setEditing(false)} />
            ) : (
              <button type="button" onClick={() => setEditing(true)}>
                {t.staff.edit(name)}
              </button>
            )}
          </Section>
          {member.status === "ACTIVE" ? (
            <Section title={t.staff.leaveTitle} id="staff-leave">
              <form onSubmit={submitLeave} noValidate>
                <FormProblem problem={leave.error} fields={["employmentEnd"]} />
                <TextField label={f.employmentEnd} name="employmentEnd" type="date" required problem={leave.error} value={leaveDate} onChange={(event) => setLeaveDate(event.target.value)} />
                <button type="submit" disabled={leave.isPending}>
                  {t.staff.recordLeave}
                </button>
              </form>
            </Section>
          ) : null}
          <Section title={t.staff.eraseTitle} id="staff-erase">
            <p>{t.staff.eraseExplained}</p>
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t.staff.erase(name)}
            </button>
            {erase.error ? <ErrorState error={erase.error} /> : null}
          </Section>
          <ConfirmDialog
            open={confirming}
            title={t.staff.eraseConfirmTitle(name)}
            confirmLabel={t.staff.eraseConfirm}
            busy={erase.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              erase.mutate();
            }}
          >
            <p>{t.staff.eraseConfirmText}</p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}
