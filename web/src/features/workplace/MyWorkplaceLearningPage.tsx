// The learner's learning at work (/my-learning-at-work): the plans where the person is the learner or the mentor (GET
// /api/workplace-learning answers a learner with exactly these), each with the person's part; a plan's page lets its
// mentor log sessions and sign off.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { t } from "../../i18n";
import { useSessionData } from "../../session/SessionContext";
import { PlanTable } from "./PlanTable";

export function MyWorkplaceLearningPage() {
  const session = useSessionData();
  const paging = usePaging();
  const plans = useQuery({
    queryKey: ["workplace-learning", "mine", paging.page, paging.size],
    queryFn: () => unwrap(api.curriculum.GET("/api/workplace-learning", { params: { query: { page: paging.page, size: paging.size } } })),
    placeholderData: keepPreviousData,
  });
  const w = t.workplace.mine;
  return (
    <Page title={w.title} intro={w.intro} actions={<Link to="/learning">{t.learner.title}</Link>}>
      <QueryView query={plans}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>{w.none}</Empty>
          ) : (
            <>
              <PlanTable plans={data.items ?? []} caption={w.title} basePath="/my-learning-at-work" me={session.staffId} />
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
