import { suggestionOverviewPage } from "@/components/suggestions/overview-page";

export default suggestionOverviewPage("unit", "assignments");
