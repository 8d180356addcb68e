import { suggestionOverviewPage } from "@/components/suggestions/overview-page";

export default suggestionOverviewPage("leader", "totals");
