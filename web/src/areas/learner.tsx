import { LearningPage } from "../features/learning/LearningPage";
import { NotificationsPage } from "../features/notifications/NotificationsPage";
import { MyWorkplaceLearningPage } from "../features/workplace/MyWorkplaceLearningPage";
import { PlanPage } from "../features/workplace/PlanPage";
import { t } from "../i18n";
import type { Area } from "./area";

export const learnerArea: Area = {
  role: "learner",
  label: t.learner.area,
  homePath: "/learning",
  Home: LearningPage,
  // one page in the navigation; the notifications and learning at work are linked from it
  nav: [],
  routes: [
    { path: "/notifications", Component: NotificationsPage },
    { path: "/my-learning-at-work", Component: MyWorkplaceLearningPage },
    { path: "/my-learning-at-work/:id", Component: PlanPage },
  ],
};
