import { casePage } from "@/components/supervision/case-page";

export default casePage("staff");
