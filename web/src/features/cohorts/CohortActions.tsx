// The lifecycle buttons of a cohort (docs/curriculum.md): open a planned one, start an open one, complete a running
// one, cancel any of these. The API refuses what the caller or the moment does not allow, and the reason is shown.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/curriculum-service";
import { ErrorState } from "../../components/States";
import { t } from "../../i18n";

type Cohort = components["schemas"]["CohortResponse"];
export type CohortAction = "open" | "start" | "complete" | "cancel";

export function cohortActions(status: Cohort["status"], who: "coordinator" | "provider"): CohortAction[] {
  const all: CohortAction[] =
    status === "PLANNED" ? ["open", "cancel"] : status === "OPEN" ? ["start", "cancel"] : status === "RUNNING" ? ["complete", "cancel"] : [];
  // a provider starts and completes the cohorts it teaches; opening and cancelling are the coordinator's
  return who === "provider" ? all.filter((action) => action === "start" || action === "complete") : all;
}

export function CohortActions({ cohort, who }: { cohort: Cohort; who: "coordinator" | "provider" }) {
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (action: CohortAction) => {
      const params = { params: { path: { id: cohort.id ?? "" } } };
      switch (action) {
        case "open":
          return unwrap(api.curriculum.POST("/api/cohorts/{id}/open", params));
        case "start":
          return unwrap(api.curriculum.POST("/api/cohorts/{id}/start", params));
        case "complete":
          return unwrap(api.curriculum.POST("/api/cohorts/{id}/complete", params));
        case "cancel":
          return unwrap(api.curriculum.POST("/api/cohorts/{id}/cancel", params));
      }
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(["cohort", updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
      void queryClient.invalidateQueries({ queryKey: ["cost-share", updated.id] });
    },
  });
  const actions = cohortActions(cohort.status, who);
  if (actions.length === 0) return <>{t.common.none}</>;
  return (
    <>
      <div className="actions">
        {actions.map((action) => (
          <button key={action} type="button" className={action === "cancel" ? "danger" : "primary"} disabled={act.isPending} onClick={() => act.mutate(action)}>
            {t.pages.cohorts.actions[action]}
          </button>
        ))}
      </div>
      {act.error ? <ErrorState error={act.error} /> : null}
    </>
  );
}
