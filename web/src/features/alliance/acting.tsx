// Who the signed-in person acts for. A coordinator, provider or funder acts for its organisation (the session's
// organisationId, the token's org_id); an alliance-admin acts for every organisation, so a page that creates
// something asks which one, and a page that runs an alliance asks which alliance.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { SelectField } from "../../components/Form";
import { Empty, ErrorState, Loading } from "../../components/States";
import { t } from "../../i18n";
import { useSession } from "../../session/session";

export type Alliance = components["schemas"]["AllianceResponse"];
type OrganisationType = NonNullable<components["schemas"]["OrganisationResponse"]["type"]>;

/** The organisation the person acts for: its own, or (alliance-admin, no organisation) null. */
export function useOwnOrganisation(): string | null {
  return useSession().data?.organisationId ?? null;
}

/** Organisations of one type, for an alliance-admin's choice of whom to act for. */
export function useOrganisations(type: OrganisationType, allianceId?: string, enabled = true) {
  return useQuery({
    queryKey: ["organisations", type, allianceId],
    queryFn: () => unwrap(api.member.GET("/api/organisations", { params: { query: { type, allianceId, size: 200 } } })),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * The organisation a new object is made for: the person's own; an alliance-admin picks one of the given type.
 * Returns the id (or "" while none is picked) and the field to show (null for a person with an organisation).
 */
export function useActingFor(type: OrganisationType, label: string, name: string, problem?: unknown) {
  const own = useOwnOrganisation();
  const [params, setParams] = useSearchParams();
  const organisations = useOrganisations(type, undefined, own === null);
  const key = type === "TRAINING_PROVIDER" ? "asProvider" : `as${type.charAt(0)}${type.slice(1).toLowerCase()}`;
  const chosen = own ?? params.get(key) ?? "";
  const field =
    own !== null ? null : (
      <SelectField
        label={label}
        name={name}
        problem={problem}
        required
        value={chosen}
        onChange={(event) => {
          const next = new URLSearchParams(params);
          next.set(key, event.target.value);
          setParams(next, { replace: true });
        }}
      >
        <option value="">{t.pages.choose}</option>
        {(organisations.data?.items ?? []).map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.legalName}
          </option>
        ))}
      </SelectField>
    );
  return { organisationId: chosen, field };
}

/** The alliances the person coordinates (an alliance-admin: all of them). */
export function useCoordinatedAlliances() {
  const own = useOwnOrganisation();
  return useQuery({
    queryKey: ["alliances", "coordinated", own],
    // The API lists the alliance directory without a coordinator filter; an organisation coordinates a handful.
    queryFn: async () => {
      const page = await unwrap(api.member.GET("/api/alliances", { params: { query: { size: 200 } } }));
      return (page.items ?? []).filter((alliance) => own === null || alliance.coordinatorId === own);
    },
    staleTime: 60_000,
  });
}

/**
 * The alliance a coordinator's page works on, kept in the URL (`?alliance=`), the first one by default, and the
 * chooser to switch (shown only where there is a choice).
 */
export function useAllianceChoice() {
  const alliances = useCoordinatedAlliances();
  const [params, setParams] = useSearchParams();
  const list = alliances.data ?? [];
  const wanted = params.get("alliance");
  const alliance = list.find((candidate) => candidate.id === wanted) ?? list[0];
  const chooser =
    list.length > 1 ? (
      <div className="filters">
        <SelectField
          label={t.pages.alliance}
          name="alliance"
          value={alliance?.id ?? ""}
          onChange={(event) => {
            const next = new URLSearchParams();
            next.set("alliance", event.target.value);
            setParams(next);
          }}
        >
          {list.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
      </div>
    ) : null;
  const state = alliances.isPending ? (
    <Loading />
  ) : alliances.error ? (
    <ErrorState error={alliances.error} onRetry={() => void alliances.refetch()} />
  ) : alliance === undefined ? (
    <Empty>{t.pages.noAlliance}</Empty>
  ) : null;
  return { alliance, chooser, state };
}
