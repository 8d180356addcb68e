// A person's own in-portal notifications: nobody reads anyone else's.
import { db } from "../db.ts";
import type { Actor } from "../auth/permissions.ts";

export function listNotifications(actor: Actor, take = 50) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

export function unreadCount(actor: Actor) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function markAllRead(actor: Actor) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
