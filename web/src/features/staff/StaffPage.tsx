// The employer's staff register: the list (searched, filtered by status and paged on the server), add, CSV import; a
// name opens the staff member's page (edit, leave, erase).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { SearchActions, SelectField, TextField } from "../../components/Form";
import { Page, Section } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { StaffForm, type StaffFields } from "./StaffForm";
import { StaffImport } from "./StaffImport";

const STATUSES = ["ACTIVE", "LEFT", "ERASED"] as const;
type Status = (typeof STATUSES)[number];

function AddStaff({ employerId, onDone }: { employerId: string; onDone: (name: string) => void }) {
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (body: StaffFields) => unwrap(api.member.POST("/api/staff", { body: { ...body, employerId } })),
    onSuccess: (staff) => {
      void queryClient.invalidateQueries({ queryKey: ["staff"] });
      onDone(`${staff.firstName ?? ""} ${staff.lastName ?? ""}`.trim());
    },
  });
  return (
    <Section title={t.staff.addTitle} id="staff-add">
      <StaffForm onSubmit={(body) => add.mutate(body)} submitting={add.isPending} problem={add.error} submitLabel={t.staff.add} />
    </Section>
  );
}

export function StaffPage() {
  const employerId = useEmployerId();
  const paging = usePaging();
  const status = (paging.params.get("status") ?? "") as Status | "";
  const q = paging.params.get("q") ?? "";
  const [typed, setTyped] = useState(q);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  // the URL's search wins when it changes (back, forward, a shared link)
  useEffect(() => setTyped(q), [q]);
  const staff = useQuery({
    queryKey: ["staff", "list", employerId, status, q, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.member.GET("/api/staff", {
          params: { query: { employerId: employerId ?? "", page: paging.page, size: paging.size, ...(status ? { status } : {}), ...(q ? { q } : {}) } },
        }),
      ),
    enabled: employerId !== null,
    placeholderData: keepPreviousData,
  });
  if (employerId === null) return <NoEmployer title={t.staff.title} />;
  const search = (event: FormEvent) => {
    event.preventDefault();
    paging.setFilters({ q: typed.trim() });
  };
  return (
    <Page
      title={t.staff.title}
      intro={t.staff.intro}
      actions={
        <button type="button" className="primary" onClick={() => setAdding((value) => !value)} aria-expanded={adding}>
          {adding ? t.common.close : t.staff.addTitle}
        </button>
      }
    >
      {added ? (
        <p role="status" className="ok">
          {t.staff.addedMessage(added)}
        </p>
      ) : null}
      {paging.params.get("erased") ? (
        <p role="status" className="ok">
          {t.staff.erasedMessage}
        </p>
      ) : null}
      {adding ? (
        <AddStaff
          employerId={employerId}
          onDone={(name) => {
            setAdded(name);
            setAdding(false);
          }}
        />
      ) : null}
      <Section title={t.staff.listTitle} id="staff-list">
        <form className="filters" role="search" aria-label={t.staff.searchTitle} onSubmit={search}>
          <SelectField label={t.staff.filterStatus} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
            <option value="">{t.common.all}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t.staff.status[value]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t.staff.search}
            hint={t.staff.searchHint}
            name="q"
            type="search"
            maxLength={100}
            value={typed}
            problem={staff.error}
            onChange={(event) => setTyped(event.target.value)}
          />
          <SearchActions
            searching={Boolean(q)}
            clearLabel={t.staff.clearSearch}
            onClear={() => {
              setTyped("");
              paging.setFilters({ q: undefined });
            }}
          />
        </form>
        <QueryView query={staff}>
          {(data) => {
            const items = data.items ?? [];
            if (items.length === 0) return <Empty>{q ? t.staff.noneFound(q) : status ? t.staff.emptyFiltered : t.staff.empty}</Empty>;
            return (
              <>
                <table>
                  <caption className="visually-hidden">{t.staff.listTitle}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.staff.columns.name}</th>
                      <th scope="col">{t.staff.columns.email}</th>
                      <th scope="col">{t.staff.columns.jobRole}</th>
                      <th scope="col">{t.staff.columns.since}</th>
                      <th scope="col">{t.staff.columns.status}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((member) => (
                      <tr key={member.id}>
                        <td>
                          <Link to={`/staff/${member.id}`}>{member.status === "ERASED" ? t.staff.erasedName : `${member.firstName ?? ""} ${member.lastName ?? ""}`.trim()}</Link>
                        </td>
                        <td>{member.email ?? t.common.none}</td>
                        <td>{member.jobRoleIsco ?? t.common.none}</td>
                        <td>{formatDate(member.employmentStart) || t.common.none}</td>
                        <td>{member.status ? t.staff.status[member.status] : t.common.none}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
              </>
            );
          }}
        </QueryView>
      </Section>
      <StaffImport employerId={employerId} />
    </Page>
  );
}
