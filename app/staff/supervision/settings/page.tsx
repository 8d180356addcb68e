import { settingsMetadata, settingsPage } from "@/components/supervision/settings-page";

export const generateMetadata = settingsMetadata;
export default settingsPage("staff");
