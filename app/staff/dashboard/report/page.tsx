import { insightReportPage } from "@/components/insight/report-page";

export default insightReportPage("staff");
