import { casesMetadata, casesPage } from "@/components/supervision/cases-page";

export const generateMetadata = casesMetadata;
export default casesPage("leader");
