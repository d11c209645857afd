// The coordinator invites a person of its association or of a member organisation of its alliance: a Keycloak login
// with one role (POST /api/organisations/{id}/invitations). Nobody types or sees a password: Keycloak emails the person a
// link to set one, which expires (the answer's expiresAt).
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { formatDateTime } from "../../format/format";
import { Page, Section } from "../../components/Page";
import { t } from "../../i18n";
import { useAllianceChoice, useOwnOrganisation } from "../alliance/acting";

type InvitationRequest = components["schemas"]["InvitationRequest"];
const ROLES = ["member-admin", "learner", "coordinator", "provider", "funder"] as const;
const FIELDS = ["organisationId", "username", "firstName", "lastName", "email", "role"] as const;
const EMPTY = { organisationId: "", username: "", firstName: "", lastName: "", email: "", role: "member-admin" };

export function InvitePage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const own = useOwnOrganisation();
  const [form, setForm] = useState(EMPTY);
  const members = useQuery({
    queryKey: ["organisations", "of-alliance", alliance?.id],
    queryFn: () => unwrap(api.member.GET("/api/organisations", { params: { query: { allianceId: alliance?.id, size: 200 } } })),
    enabled: alliance !== undefined,
  });
  const invite = useMutation({
    mutationFn: (values: typeof EMPTY) => {
      const body: InvitationRequest = {
        username: values.username,
        firstName: values.firstName,
        lastName: values.lastName,
        email: values.email,
        role: values.role,
      };
      return unwrap(
        api.member.POST("/api/organisations/{organisationId}/invitations", {
          params: { path: { organisationId: values.organisationId } },
          body,
        }),
      );
    },
    onSuccess: () => setForm((previous) => ({ ...EMPTY, organisationId: previous.organisationId, role: previous.role })),
  });
  const i = t.coordinator.invite;
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const organisations = [
    ...(own && alliance?.coordinatorId === own ? [{ id: own, legalName: i.ownAssociation }] : []),
    ...(members.data?.items ?? []).filter((organisation) => organisation.id !== own),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(form);
  };
  return (
    <Page title={i.title} intro={i.intro}>
      {chooser}
      {state ?? (
        <form onSubmit={submit} noValidate>
          <FormProblem problem={invite.error} fields={FIELDS} />
          <SelectField
            label={i.organisation}
            name="organisationId"
            required
            value={form.organisationId}
            onChange={set("organisationId")}
            hint={i.organisationHint}
          >
            <option value="">{t.pages.choose}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.legalName}
              </option>
            ))}
          </SelectField>
          <SelectField label={i.role} name="role" problem={invite.error} required value={form.role} onChange={set("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t.pages.roles[role]}
              </option>
            ))}
          </SelectField>
          <TextField label={i.username} name="username" problem={invite.error} required autoComplete="off" value={form.username} onChange={set("username")} />
          <TextField label={i.firstName} name="firstName" problem={invite.error} required value={form.firstName} onChange={set("firstName")} />
          <TextField label={i.lastName} name="lastName" problem={invite.error} required value={form.lastName} onChange={set("lastName")} />
          <TextField label={i.email} name="email" type="email" problem={invite.error} required value={form.email} onChange={set("email")} />
          <button type="submit" className="primary" disabled={invite.isPending || form.organisationId === ""}>
            {invite.isPending ? t.common.saving : i.submit}
          </button>
        </form>
      )}
      {invite.data ? (
        <Section title={i.doneTitle}>
          <p role="status">{i.done(invite.data.username ?? "", invite.data.email ?? "", formatDateTime(invite.data.expiresAt))}</p>
        </Section>
      ) : null}
    </Page>
  );
}
