// The funder's home: its grant programmes with budget figures, drafted, revised, opened and closed here; each leads
// to its impact report; a draft can also start from a real scheme's template. A programme with scheme rules shows
// them under its row. Filtered by status on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/funding-service";
import { SelectField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatDate, formatMoney } from "../../format/format";
import { t } from "../../i18n";
import { useActingFor } from "../alliance/acting";
import { ProgrammeForm } from "./ProgrammeForm";
import { hasSchemeRules, SchemeRulesSummary } from "./SchemeRulesSummary";
import { TemplateDraftForm } from "./TemplateDraftForm";

type Programme = components["schemas"]["ProgrammeResponse"];
type Status = NonNullable<Programme["status"]>;

function OpenClose({ programme }: { programme: Programme }) {
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (action: "open" | "close") => {
      const request = { params: { path: { id: programme.id ?? "" } }, body: { funderId: programme.funderId ?? "" } };
      return action === "open"
        ? unwrap(api.funding.POST("/api/programmes/{id}/open", request))
        : unwrap(api.funding.POST("/api/programmes/{id}/close", request));
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(["programme", updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: ["programmes"] });
    },
  });
  const p = t.funder.programmes;
  return (
    <>
      <div className="actions">
        {programme.status === "DRAFT" ? (
          <button type="button" className="primary" disabled={act.isPending} onClick={() => act.mutate("open")}>
            {p.open}
          </button>
        ) : null}
        {programme.status === "OPEN" ? (
          <button type="button" className="danger" disabled={act.isPending} onClick={() => act.mutate("close")}>
            {p.close}
          </button>
        ) : null}
        {programme.status !== "DRAFT" ? <Link to={`/funder/programmes/${programme.id}/impact`}>{p.impact}</Link> : null}
      </div>
      {act.error ? <ErrorState error={act.error} /> : null}
    </>
  );
}

export function ProgrammesPage() {
  const acting = useActingFor("FUNDER", t.funder.actingFor, "funderId");
  const funderId = acting.organisationId;
  const paging = usePaging();
  const status = (paging.params.get("status") ?? "") as Status | "";
  const [editing, setEditing] = useState<Programme | "new" | "template" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const programmes = useQuery({
    queryKey: ["programmes", funderId, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.funding.GET("/api/programmes", {
          params: { query: { funderId, status: status === "" ? undefined : status, page: paging.page, size: paging.size } },
        }),
      ),
    enabled: funderId !== "",
  });
  const p = t.funder.programmes;
  return (
    <Page
      title={p.title}
      intro={p.intro}
      actions={
        editing === null && funderId !== "" ? (
          <>
            <button type="button" className="primary" onClick={() => setEditing("new")}>
              {t.funder.programmeForm.createTitle}
            </button>
            <button type="button" onClick={() => setEditing("template")}>
              {t.funder.templateForm.open}
            </button>
          </>
        ) : null
      }
    >
      {acting.field}
      {saved ? (
        <p role="status" className="ok">
          {saved}
        </p>
      ) : null}
      {editing !== null ? (
        <Section title={editing === "template" ? t.funder.templateForm.title : editing === "new" ? t.funder.programmeForm.createTitle : t.funder.programmeForm.reviseTitle}>
          {editing === "template" ? (
            <TemplateDraftForm
              funderId={funderId}
              onDone={(programme) => {
                setEditing(null);
                setSaved(t.funder.templateForm.saved(programme.name ?? ""));
              }}
            />
          ) : (
            <ProgrammeForm
              key={editing === "new" ? "new" : editing.id}
              programme={editing === "new" ? undefined : editing}
              funderId={funderId}
              onDone={(programme) => {
                setEditing(null);
                setSaved(t.funder.programmeForm.saved(programme.name ?? ""));
              }}
            />
          )}
          <button type="button" onClick={() => setEditing(null)}>
            {t.common.cancel}
          </button>
        </Section>
      ) : null}
      {funderId === "" ? null : (
        <>
          <div className="filters">
            <SelectField label={p.status} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
              <option value="">{t.common.all}</option>
              {(["DRAFT", "OPEN", "CLOSED"] as const).map((value) => (
                <option key={value} value={value}>
                  {p.statuses[value]}
                </option>
              ))}
            </SelectField>
          </div>
          <QueryView query={programmes}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{p.empty}</Empty>
              ) : (
                <>
                  <table>
                    <caption className="visually-hidden">{p.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{p.columns.name}</th>
                        <th scope="col">{p.columns.period}</th>
                        <th scope="col">{p.columns.status}</th>
                        <th scope="col" className="number">
                          {p.columns.budget}
                        </th>
                        <th scope="col" className="number">
                          {p.columns.committed}
                        </th>
                        <th scope="col" className="number">
                          {p.columns.available}
                        </th>
                        <th scope="col" className="number">
                          {p.columns.disbursed}
                        </th>
                        <th scope="col">{p.columns.actions}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.items ?? []).map((programme) => {
                        const currency = programme.currency ?? "EUR";
                        const budget = programme.budget;
                        return (
                          <Fragment key={programme.id}>
                            <tr>
                              <td>{programme.name}</td>
                              <td>{t.common.dateRange(formatDate(programme.periodStart), formatDate(programme.periodEnd))}</td>
                              <td>{programme.status ? p.statuses[programme.status] : t.common.none}</td>
                              <td className="number">{formatMoney(budget?.budgetMinor ?? programme.budgetMinor ?? 0, currency)}</td>
                              <td className="number">{formatMoney(budget?.committedMinor ?? 0, currency)}</td>
                              <td className="number">{formatMoney(budget?.availableMinor ?? 0, currency)}</td>
                              <td className="number">{formatMoney(budget?.disbursedMinor ?? 0, currency)}</td>
                              <td>
                                <OpenClose programme={programme} />
                                {programme.status === "DRAFT" ? (
                                  <button type="button" onClick={() => setEditing(programme)} aria-label={p.reviseNamed(programme.name ?? "")}>
                                    {p.revise}
                                  </button>
                                ) : null}
                              </td>
                            </tr>
                            {hasSchemeRules(programme.schemeRules, programme.currency) ? (
                              <tr className="scheme-rules">
                                <td colSpan={8}>
                                  <SchemeRulesSummary rules={programme.schemeRules} label={p.schemeRules(programme.name ?? "")} currency={programme.currency} />
                                </td>
                              </tr>
                            ) : null}
                          </Fragment>
                        );
                      })}
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
