// The coordinator's membership applications and members of one alliance: admit (activate), reject, suspend.
// Filtered by status on the server (APPLIED first: the applications waiting for a decision).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { SelectField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, ErrorState, QueryView } from "../../components/States";
import { formatDate } from "../../format/format";
import { t } from "../../i18n";
import { OrganisationName } from "../alliance/names";
import { useAllianceChoice } from "../alliance/acting";

type Membership = components["schemas"]["MembershipResponse"];
type Status = NonNullable<Membership["status"]>;
const STATUSES: Status[] = ["APPLIED", "ACTIVE", "SUSPENDED", "WITHDRAWN", "REJECTED"];
type Action = "activate" | "reject" | "suspend";

function actionsFor(status: Status | undefined): Action[] {
  if (status === "APPLIED") return ["activate", "reject"];
  if (status === "ACTIVE") return ["suspend"];
  if (status === "SUSPENDED") return ["activate"];
  return [];
}

function MembershipActions({ membership }: { membership: Membership }) {
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (action: Action) => {
      const params = { params: { path: { id: membership.id ?? "" } } };
      if (action === "activate") return unwrap(api.member.POST("/api/memberships/{id}/activate", params));
      if (action === "reject") return unwrap(api.member.POST("/api/memberships/{id}/reject", params));
      return unwrap(api.member.POST("/api/memberships/{id}/suspend", params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["memberships"] }),
  });
  const actions = actionsFor(membership.status);
  if (actions.length === 0) return <>{t.common.none}</>;
  return (
    <>
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === "activate" ? "primary" : "danger"}
            disabled={act.isPending}
            onClick={() => act.mutate(action)}
          >
            {t.coordinator.memberships.actions[action]}
          </button>
        ))}
      </div>
      {act.error ? <ErrorState error={act.error} /> : null}
    </>
  );
}

export function MembershipsPage() {
  const { alliance, chooser, state } = useAllianceChoice();
  const paging = usePaging();
  // no parameter: the applications waiting for a decision; "ALL": every status
  const statusParam = paging.params.get("status");
  const status = (statusParam === null ? "APPLIED" : statusParam === "ALL" ? "" : statusParam) as Status | "";
  const memberships = useQuery({
    queryKey: ["memberships", alliance?.id, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(
        api.member.GET("/api/memberships", {
          params: {
            query: { allianceId: alliance?.id, status: status === "" ? undefined : status, page: paging.page, size: paging.size },
          },
        }),
      ),
    enabled: alliance !== undefined,
  });
  const m = t.coordinator.memberships;
  return (
    <Page title={m.title} intro={m.intro}>
      {chooser}
      {state ?? (
        <>
          <div className="filters">
            <SelectField
              label={m.status}
              name="status"
              value={status}
              onChange={(event) => {
                const value = event.target.value;
                paging.setFilters({ status: value === "APPLIED" ? undefined : value === "" ? "ALL" : value });
              }}
            >
              <option value="">{t.common.all}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {m.statuses[value]}
                </option>
              ))}
            </SelectField>
          </div>
          <QueryView query={memberships}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{status === "APPLIED" ? m.emptyApplied : m.empty}</Empty>
              ) : (
                <>
                  <table>
                    <caption className="visually-hidden">{m.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{m.columns.organisation}</th>
                        <th scope="col">{m.columns.role}</th>
                        <th scope="col">{m.columns.status}</th>
                        <th scope="col">{m.columns.applied}</th>
                        <th scope="col">{m.columns.joined}</th>
                        <th scope="col">{m.columns.actions}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(data.items ?? []).map((membership) => (
                        <tr key={membership.id}>
                          <td>
                            <OrganisationName id={membership.organisationId} />
                          </td>
                          <td>{membership.role ? m.roles[membership.role] : t.common.none}</td>
                          <td>{membership.status ? m.statuses[membership.status] : t.common.none}</td>
                          <td>{formatDate(membership.appliedOn)}</td>
                          <td>{formatDate(membership.joinedOn)}</td>
                          <td>
                            <MembershipActions membership={membership} />
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
