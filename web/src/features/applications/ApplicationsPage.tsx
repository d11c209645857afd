// Grant applications to the funder's programmes: review a submitted one, reject one with a note, and award one under
// review (POST /api/awards) for the requested amount or less. Filtered by programme and status on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { ProblemError } from "../../api/problem";
import { FormProblem, SelectField, TextField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { minorToText, moneyToMinor } from "../../format/decimalInput";
import { formatDate, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { useActingFor } from "../alliance/acting";
import { OrganisationName, ProgrammeName, useProgramme } from "../alliance/names";
import { ProgrammeFilter } from "./ProgrammeFilter";

type Application = components["schemas"]["ApplicationResponse"];
type Status = NonNullable<Application["status"]>;
const STATUSES: Status[] = ["SUBMITTED", "UNDER_REVIEW", "AWARDED", "REJECTED", "WITHDRAWN"];

function Decision({ application }: { application: Application }) {
  const queryClient = useQueryClient();
  const programme = useProgramme(application.programmeId);
  const currency = application.currency ?? "EUR";
  const [note, setNote] = useState("");
  const [amount, setAmount] = useState(minorToText(application.requestedMinor, currency));
  const funderId = programme.data?.funderId ?? "";
  const act = useMutation({
    mutationFn: async (action: "review" | "reject" | "award") => {
      const path = { params: { path: { id: application.id ?? "" } } };
      const decision = { actorId: funderId, ...(note.trim() === "" ? {} : { note }) };
      if (action === "review") return unwrap(api.funding.POST("/api/applications/{id}/review", { ...path, body: decision }));
      if (action === "reject") return unwrap(api.funding.POST("/api/applications/{id}/reject", { ...path, body: decision }));
      const minor = moneyToMinor(amount, currency);
      if (!minor.ok) throw new ProblemError(400, { errors: [{ field: "amountMinor", reason: t.pages.parse[minor.problem] }] }, "");
      return unwrap(api.funding.POST("/api/awards", { body: { applicationId: application.id ?? "", funderId, amountMinor: minor.value as number, currency } }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["applications"] });
      void queryClient.invalidateQueries({ queryKey: ["awards"] });
      void queryClient.invalidateQueries({ queryKey: ["programmes"] });
    },
  });
  const a = t.funder.applications;
  if (application.status !== "SUBMITTED" && application.status !== "UNDER_REVIEW") return <>{application.decisionNote ?? t.common.none}</>;
  const submit = (event: FormEvent) => event.preventDefault();
  return (
    <form onSubmit={submit} noValidate aria-label={a.decide}>
      <FormProblem problem={act.error} fields={["note", "amountMinor"]} />
      <TextField label={a.note} name="note" problem={act.error} value={note} onChange={(event) => setNote(event.target.value)} />
      {application.status === "UNDER_REVIEW" ? (
        <TextField
          label={a.amount(currency)}
          name="amountMinor"
          inputMode="decimal"
          problem={act.error}
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      ) : null}
      <div className="actions">
        {application.status === "SUBMITTED" ? (
          <button type="button" className="primary" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("review")}>
            {a.review}
          </button>
        ) : (
          <button type="button" className="primary" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("award")}>
            {a.award}
          </button>
        )}
        <button type="button" className="danger" disabled={act.isPending || funderId === ""} onClick={() => act.mutate("reject")}>
          {a.reject}
        </button>
      </div>
    </form>
  );
}

export function ApplicationsPage() {
  const acting = useActingFor("FUNDER", t.funder.actingFor, "funderId");
  const paging = usePaging();
  const programmeId = paging.params.get("programmeId") ?? "";
  const statusParam = paging.params.get("status");
  // no parameter: the applications waiting for the funder; "ALL": every status
  const status = (statusParam === null ? "SUBMITTED" : statusParam === "ALL" ? "" : statusParam) as Status | "";
  const applications = useQuery({
    queryKey: ["applications", programmeId, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.funding.GET("/api/applications", {
          params: { query: { programmeId: programmeId || undefined, status: status === "" ? undefined : status, page: paging.page, size: paging.size } },
        }),
      ),
    enabled: acting.organisationId !== "",
  });
  const a = t.funder.applications;
  return (
    <Page title={a.title} intro={a.intro}>
      {acting.field}
      {acting.organisationId === "" ? null : (
        <>
          <div className="filters">
            <ProgrammeFilter funderId={acting.organisationId} value={programmeId} onChange={(value) => paging.setFilters({ programmeId: value })} />
            <SelectField
              label={a.status}
              name="status"
              value={status}
              onChange={(event) => {
                const value = event.target.value;
                paging.setFilters({ status: value === "SUBMITTED" ? undefined : value === "" ? "ALL" : value });
              }}
            >
              <option value="">{t.common.all}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {a.statuses[value]}
                </option>
              ))}
            </SelectField>
          </div>
          <QueryView query={applications}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{status === "SUBMITTED" ? a.emptySubmitted : a.empty}</Empty>
              ) : (
                <>
                  <table>
                    <caption className="visually-hidden">{a.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{a.columns.applicant}</th>
                        <th scope="col">{a.columns.programme}</th>
                        <th scope="col" className="number">
                          {a.columns.requested}
                        </th>
                        <th scope="col">{a.columns.period}</th>
                        <th scope="col">{a.columns.status}</th>
                        <th scope="col">{a.columns.decision}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.items ?? []).map((application) => (
                        <tr key={application.id}>
                          <td>
                            <OrganisationName id={application.applicantId} />{" "}
                            <span className="hint">({application.applicantKind ? a.kinds[application.applicantKind] : ""})</span>
                          </td>
                          <td>
                            <ProgrammeName id={application.programmeId} />
                          </td>
                          <td className="number">{formatMoney(application.requestedMinor ?? 0, application.currency ?? "EUR")}</td>
                          <td>{t.common.dateRange(formatDate(application.periodStart), formatDate(application.periodEnd))}</td>
                          <td>{application.status ? a.statuses[application.status] : t.common.none}</td>
                          <td>
                            <Decision application={application} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
                </>
              )
            }
          </QueryView>
        </>
      )}
    </Page>
  );
}
