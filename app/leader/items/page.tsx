import { insightItemsPage } from "@/components/insight/items-page";

export default insightItemsPage("leader");
