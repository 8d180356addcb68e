import { calendarMetadata, calendarPage } from "@/components/calendar/calendar-page";

export const generateMetadata = calendarMetadata;

export default calendarPage("admin");
