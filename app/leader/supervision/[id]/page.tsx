import { caseMetadata, casePage } from "@/components/supervision/case-page";

export const generateMetadata = caseMetadata;
export default casePage("leader");
