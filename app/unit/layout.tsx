import { areaLayout } from "@/components/layout/area-layout";

export default areaLayout("unit");
