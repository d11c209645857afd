// Withdraw an enrolment (POST /api/enrolments/{id}/withdraw), confirmed first: a confirmed seat goes to the waitlist's
// first person.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, unwrap } from "../../api/http";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorState } from "../../components/States";
import { t } from "../../i18n";

export function canWithdraw(status: string | undefined): boolean {
  return status === "CONFIRMED" || status === "WAITLISTED";
}

export function Withdraw({ enrolmentId, employerId, who }: { enrolmentId: string; employerId: string; who: string }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.curriculum.POST("/api/enrolments/{id}/withdraw", { params: { path: { id: enrolmentId } }, body: { employerId } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["enrolments"] });
      void queryClient.invalidateQueries({ queryKey: ["cohort"] });
      void queryClient.invalidateQueries({ queryKey: ["cohorts"] });
    },
  });
  return (
    <>
      <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={withdraw.isPending} aria-label={t.enrolments.withdrawWho(who)}>
        {t.enrolments.withdraw}
      </button>
      {withdraw.error ? <ErrorState error={withdraw.error} /> : null}
      <ConfirmDialog
        open={confirming}
        title={t.enrolments.withdrawConfirmTitle(who)}
        confirmLabel={t.enrolments.withdraw}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          withdraw.mutate();
        }}
      >
        <p>{t.enrolments.withdrawConfirmText}</p>
      </ConfirmDialog>
    </>
  );
}
