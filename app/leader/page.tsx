import { insightDashboardPage } from "@/components/insight/dashboard-page";

export default insightDashboardPage("leader");
