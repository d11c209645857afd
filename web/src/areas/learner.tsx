import { LearningPage } from "../features/learning/LearningPage";
import { NotificationsPage } from "../features/notifications/NotificationsPage";
import { t } from "../i18n";
import type { Area } from "./area";

export const learnerArea: Area = {
  role: "learner",
  label: t.learner.area,
  homePath: "/learning",
  Home: LearningPage,
  // one page in the navigation; the notifications are linked from it
  nav: [],
  routes: [{ path: "/notifications", Component: NotificationsPage }],
};
