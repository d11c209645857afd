// The provider's home: the cohorts it teaches (GET /api/cohorts?providerId=), their seats and fill; each opens its
// roster, where outcomes are recorded.
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { t } from "../../i18n";
import { useActingFor } from "../alliance/acting";
import { CohortFilters, CohortTable, cohortQuery } from "./CohortsPage";

export function ProviderCohortsPage() {
  const acting = useActingFor("TRAINING_PROVIDER", t.provider.actingFor, "providerId");
  const providerId = acting.organisationId;
  const paging = usePaging();
  const query = cohortQuery(paging);
  const cohorts = useQuery({
    queryKey: ["cohorts", "provider", providerId, query],
    queryFn: () => unwrap(api.curriculum.GET("/api/cohorts", { params: { query: { providerId, ...query } } })),
    enabled: providerId !== "",
  });
  const c = t.pages.cohorts;
  return (
    <Page title={c.providerTitle} intro={c.providerIntro}>
      {acting.field}
      {providerId === "" ? null : (
        <>
          <CohortFilters paging={paging} />
          <QueryView query={cohorts}>
            {(data) =>
              (data.items ?? []).length === 0 ? (
                <Empty>{c.emptyProvider}</Empty>
              ) : (
                <>
                  <CohortTable cohorts={data.items ?? []} detailPath={(id) => `/provider/cohorts/${id}`} who="provider" />
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
