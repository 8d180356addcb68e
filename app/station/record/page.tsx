import { recordOnBehalfPage } from "@/components/suggestions/record-page";

export default recordOnBehalfPage("station");
