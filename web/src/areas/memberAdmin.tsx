import { BenchmarkPage } from "../features/benchmark/BenchmarkPage";
import { CataloguePage } from "../features/catalogue/CataloguePage";
import { CohortPage } from "../features/catalogue/CohortPage";
import { CoursePage } from "../features/catalogue/CoursePage";
import { EnrolmentsPage } from "../features/enrolments/EnrolmentsPage";
import { FollowUpsPage } from "../features/followUps/FollowUpsPage";
import { ClaimsPage } from "../features/funding/ClaimsPage";
import { EmployerHomePage } from "../features/home/EmployerHomePage";
import { NotificationsPage } from "../features/notifications/NotificationsPage";
import { ResultsPage } from "../features/results/ResultsPage";
import { EmployerRoiPage } from "../features/roi/EmployerRoiPage";
import { StatementsPage } from "../features/money/StatementsPage";
import { SkillsPage } from "../features/skills/SkillsPage";
import { StaffMemberPage } from "../features/staff/StaffMemberPage";
import { StaffPage } from "../features/staff/StaffPage";
import { TrainingPlansPage } from "../features/trainingPlans/TrainingPlansPage";
import { WorkshopPage } from "../features/workshops/WorkshopPage";
import { WorkshopsPage } from "../features/workshops/WorkshopsPage";
import { PlanPage } from "../features/workplace/PlanPage";
import { WorkplaceLearningPage } from "../features/workplace/WorkplaceLearningPage";
import { t } from "../i18n";
import type { Area } from "./area";

/** The HR lead of a member employer: staff, catalogue and enrolment, money, evaluation (follow-ups, results, ROI), skills, learning at work and workshops, benchmark. */
export const memberAdminArea: Area = {
  role: "member-admin",
  label: t.employer.area,
  homePath: "/employer",
  Home: EmployerHomePage,
  nav: [
    { to: "/staff", label: t.staff.title },
    { to: "/catalogue", label: t.catalogue.title },
    { to: "/enrolments", label: t.enrolments.title },
    { to: "/statements", label: t.money.statementsTitle },
    { to: "/claims", label: t.funding.title },
    { to: "/training-plans", label: t.trainingPlans.title },
    { to: "/learning-at-work", label: t.workplace.title },
    { to: "/workshops", label: t.workshops.title },
    { to: "/follow-ups", label: t.evaluation.followUps.title },
    { to: "/results", label: t.evaluation.results.title },
    { to: "/return-on-training", label: t.evaluation.roi.title },
    { to: "/skills", label: t.skills.title },
    { to: "/benchmark", label: t.benchmark.title },
    { to: "/notifications", label: t.notifications.title },
  ],
  routes: [
    { path: "/staff", Component: StaffPage },
    { path: "/staff/:id", Component: StaffMemberPage },
    { path: "/catalogue", Component: CataloguePage },
    { path: "/catalogue/:courseId", Component: CoursePage },
    { path: "/cohorts/:cohortId", Component: CohortPage },
    { path: "/enrolments", Component: EnrolmentsPage },
    { path: "/statements", Component: StatementsPage },
    { path: "/claims", Component: ClaimsPage },
    { path: "/training-plans", Component: TrainingPlansPage },
    { path: "/learning-at-work", Component: WorkplaceLearningPage },
    { path: "/learning-at-work/:id", Component: PlanPage },
    { path: "/workshops", Component: WorkshopsPage },
    { path: "/workshops/:id", Component: WorkshopPage },
    { path: "/follow-ups", Component: FollowUpsPage },
    { path: "/results", Component: ResultsPage },
    { path: "/return-on-training", Component: EmployerRoiPage },
    { path: "/skills", Component: SkillsPage },
    { path: "/benchmark", Component: BenchmarkPage },
    { path: "/notifications", Component: NotificationsPage },
  ],
};
