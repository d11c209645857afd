// Names in place of ids for the coordinator's, provider's and funder's tables: an organisation's legal name, a
// programme's name (each read once by id and cached; the id's first characters until then).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { t } from "../../i18n";
import { useOrganisation } from "../shared/lookups";

function shortId(id: string | undefined): string {
  return id ? id.slice(0, 8) : t.common.none;
}

export function OrganisationName({ id }: { id: string | undefined }) {
  const organisation = useOrganisation(id);
  return <>{organisation.data?.legalName ?? shortId(id)}</>;
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: ["programme", id],
    queryFn: () => unwrap(api.funding.GET("/api/programmes/{id}", { params: { path: { id: id ?? "" } } })),
    enabled: id !== undefined,
    staleTime: 60_000,
  });
}

export function ProgrammeName({ id }: { id: string | undefined }) {
  const programme = useProgramme(id);
  return <>{programme.data?.name ?? shortId(id)}</>;
}
