// The employer's enrolments, filtered by status on the server and paged; each confirmed or waitlisted one can be
// withdrawn.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, unwrap } from "../../api/http";
import { SelectField } from "../../components/Form";
import { Page } from "../../components/Page";
import { Pager, usePaging } from "../../components/Pager";
import { Empty, QueryView } from "../../components/States";
import { formatDateTime } from "../../format/format";
import { t } from "../../i18n";
import { WithdrawFor } from "../catalogue/CohortPage";
import { NoEmployer } from "../employer/NoEmployer";
import { useEmployerId } from "../employer/employer";
import { CohortDates, CourseTitle, StaffName } from "../shared/Names";
import { canWithdraw } from "./Withdraw";
import { enrolmentStatusText } from "./status";

export const ENROLMENT_STATUSES = ["CONFIRMED", "WAITLISTED", "WITHDRAWN", "CANCELLED", "COMPLETED", "NOT_COMPLETED", "NO_SHOW"] as const;
type Status = (typeof ENROLMENT_STATUSES)[number];

export function EnrolmentsPage() {
  const employerId = useEmployerId();
  const paging = usePaging();
  const status = (paging.params.get("status") ?? "") as Status | "";
  const enrolments = useQuery({
    queryKey: ["enrolments", "employer", employerId, status, paging.page, paging.size],
    queryFn: () =>
      unwrap(api.curriculum.GET("/api/enrolments", { params: { query: { employerId: employerId ?? "", page: paging.page, size: paging.size, ...(status ? { status } : {}) } } })),
    enabled: employerId !== null,
    placeholderData: keepPreviousData,
  });
  const e = t.enrolments;
  if (employerId === null) return <NoEmployer title={e.title} />;
  return (
    <Page title={e.title} intro={e.intro}>
      <div className="filters" role="search">
        <SelectField label={e.filterStatus} name="status" value={status} onChange={(event) => paging.setFilters({ status: event.target.value })}>
          <option value="">{t.common.all}</option>
          {ENROLMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t.status.enrolment[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryView query={enrolments}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <Empty>
              {status ? e.emptyFiltered : e.empty} <Link to="/catalogue">{e.toCatalogue}</Link>
            </Empty>
          ) : (
            <>
              <table>
                <caption className="visually-hidden">{e.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{e.columns.staff}</th>
                    <th scope="col">{e.columns.course}</th>
                    <th scope="col">{e.columns.cohort}</th>
                    <th scope="col">{e.columns.status}</th>
                    <th scope="col">{e.columns.requested}</th>
                    <th scope="col">{e.columns.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {(data.items ?? []).map((enrolment) => (
                    <tr key={enrolment.id}>
                      <td>
                        <StaffName id={enrolment.staffId} />
                      </td>
                      <td>
                        <CourseTitle id={enrolment.courseId} />
                      </td>
                      <td>
                        <Link to={`/cohorts/${enrolment.cohortId}`}>
                          <CohortDates id={enrolment.cohortId} />
                        </Link>
                      </td>
                      <td>{enrolmentStatusText(enrolment)}</td>
                      <td>{formatDateTime(enrolment.requestedAt)}</td>
                      <td>{canWithdraw(enrolment.status) ? <WithdrawFor enrolment={enrolment} employerId={employerId} /> : t.common.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pager info={data} size={paging.size} onPage={paging.setPage} onSize={paging.setSize} />
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
