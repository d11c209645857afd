// The employer's staff register: the list (paged and filtered by status on the server), add, CSV import; a name opens
// the staff member's page (edit, leave, erase).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { SelectField } from "../../components/Form";
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
  const [find, setFind] = useState("");
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const findId = useId();
  const staff = useQuery({
    queryKey: ["staff", "list", employerId, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.member.GET("/api/staff", {
          params: { query: { employerId: employerId ?? "", page: paging.page, size: paging.size, ...(status ? { status } : {}) } },
        }),
      ),
    enabled: employerId !== null,
    placeholderData: keepPreviousData,
  });
  if (employerId === null) return <NoEmployer title={t.staff.title} />;
  const needle = find.trim().toLowerCase();
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
        <div className="filters" role="search">
          <SelectField label={t.staff.filterStatus} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
            <option value="">{t.common.all}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t.staff.status[value]}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label htmlFor={findId}>{t.staff.find}</label>
            <input id={findId} type="search" value={find} onChange={(event) => setFind(event.target.value)} aria-describedby={`${findId}-hint`} />
            <p id={`${findId}-hint`} className="hint">
              {t.staff.findHint}
            </p>
          </div>
        </div>
        <QueryView query={staff}>
          {(data) => {
            const items = (data.items ?? []).filter((member) =>
              needle === "" ? true : [member.firstName, member.lastName, member.email, member.jobRoleIsco].some((value) => value?.toLowerCase().includes(needle)),
            );
            if ((data.items ?? []).length === 0) return <Empty>{status ? t.staff.emptyFiltered : t.staff.empty}</Empty>;
            return (
              <>
                {items.length === 0 ? <Empty>{t.staff.noneFound(find)}</Empty> : null}
                {items.length > 0 ? (
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
                ) : null}
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
