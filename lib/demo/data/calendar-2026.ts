// The official 2026 schedule: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
// 2027 is deliberately absent: it is entered by an admin once the State Council publishes it.

export const CALENDAR_2026_SOURCE = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）";

export const HOLIDAYS_2026: readonly { name: string; from: string; to: string }[] = [
  { name: "元旦", from: "2026-01-01", to: "2026-01-03" },
  { name: "春节", from: "2026-02-15", to: "2026-02-23" },
  { name: "清明节", from: "2026-04-04", to: "2026-04-06" },
  { name: "劳动节", from: "2026-05-01", to: "2026-05-05" },
  { name: "端午节", from: "2026-06-19", to: "2026-06-21" },
  { name: "中秋节", from: "2026-09-25", to: "2026-09-27" },
  { name: "国庆节", from: "2026-10-01", to: "2026-10-07" },
];

/** 调休上班: weekend days that are working days. */
export const MAKEUP_WORKDAYS_2026: readonly { name: string; date: string }[] = [
  { name: "元旦调休上班", date: "2026-01-04" },
  { name: "春节调休上班", date: "2026-02-14" },
  { name: "春节调休上班", date: "2026-02-28" },
  { name: "劳动节调休上班", date: "2026-05-09" },
  { name: "国庆节调休上班", date: "2026-09-20" },
  { name: "国庆节调休上班", date: "2026-10-10" },
];
