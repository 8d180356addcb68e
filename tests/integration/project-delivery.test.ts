// 民生实事 delivery and judgement (issue 14 stages 4–5, docs/decisions/0072): milestones, progress and overdue;
// the supervision group's reach; one rating per deputy per project; candidate text fixed once voting opens.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, shanghaiDateOf } from "@/lib/calendar/civil-date";
import { addSupervisionNote, assignDelivery, reportProgress, setSupervisors } from "@/lib/projects/delivery";
import { deliveryOverview, deliveryViews, projectsForDeputy, projectsForUnit } from "@/lib/projects/delivery-queries";
import { editCandidate } from "@/lib/projects/proposals";
import { closeRating, openRating, rateProject } from "@/lib/projects/rating";
import { advanceRound, openVoting } from "@/lib/projects/rounds";
import { photoBytes } from "@/lib/photos/queries";
import { actorOf } from "../factories/loop";
import { createStaffUser } from "../factories/users";
import {
  addCandidates,
  client,
  createProjectWorld,
  decidedRound,
  openRound,
  unitAccounts,
  type ProjectWorld,
} from "../factories/projects";

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { messageKey?: string; issues?: { message: string }[] }) => e.messageKey ?? e.issues?.[0]?.message ?? String(e),
  );

const denied = (action: string, actorId: number) =>
  db.auditEvent.count({ where: { action, actorId, result: "DENIED" } });

const today = () => shanghaiDateOf(new Date());

async function assigned(w: ProjectWorld) {
  const { roundId, decided, notDecided } = await decidedRound(w);
  const [project] = decided;
  await assignDelivery(
    w.staff,
    {
      candidateId: String(project),
      unitId: String(w.unit.id),
      leadOfficial: "王建国",
      budgetWan: "150",
      milestones: `${addDays(today(), -3)} 完成设计招标\n${addDays(today(), 30)} 主体完工`,
    },
    client,
  );
  return { roundId, project, notDecided };
}

describe("实施: milestones, progress, overdue", () => {
  it("flags a milestone past its date, and the department's report with a photo clears it", async () => {
    const w = await createProjectWorld();
    const { unitStaff, otherUnitStaff } = await unitAccounts(w);
    const { project, notDecided } = await assigned(w);

    let view = (await deliveryViews([project], { notes: false })).get(project)!;
    expect(view.unit).toBe(w.unit.name);
    expect(view.milestones.map((m) => m.state)).toEqual(["overdue", "planned"]);
    expect(view.overdue).toBe(1);

    // The department sees its project; another department does not, and cannot report on it.
    expect((await projectsForUnit(unitStaff)).map((p) => p.id)).toEqual([project]);
    expect(await projectsForUnit(otherUnitStaff)).toEqual([]);
    const report = { candidateId: String(project), percent: "40", text: "设计招标已完成，施工单位进场。" };
    expect(await reasonOf(reportProgress(otherUnitStaff, report, [], client))).toBe("notFound");
    expect(await denied("permission.denied", otherUnitStaff.id)).toBe(1);

    // Bad input changes nothing.
    expect(await reasonOf(reportProgress(unitStaff, { ...report, percent: "120" }, [], client))).toBe(
      "delivery.percentInvalid",
    );
    expect(await db.projectProgressUpdate.count({ where: { candidateId: project } })).toBe(0);

    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#3a8" } })
      .png()
      .toBuffer();
    const photo = new File([new Uint8Array(png)], "site.png", { type: "image/png" });
    await reportProgress(unitStaff, { ...report, milestoneId: String(view.milestones[0].id) }, [photo], client);

    view = (await deliveryViews([project], { notes: false })).get(project)!;
    expect(view.percent).toBe(40);
    expect(view.milestones.map((m) => m.state)).toEqual(["done", "planned"]);
    expect(view.milestones[0].doneOn).toBe(today());
    expect(view.overdue).toBe(0);
    expect(view.updates).toHaveLength(1);
    expect(view.updates[0]).toMatchObject({ percent: 40, text: report.text });
    // The photo was re-encoded (a JPEG now) and is served by its key like any public photo.
    expect(view.updates[0].photos).toHaveLength(1);
    const served = await photoBytes(view.updates[0].photos[0].key, "full");
    expect(served?.mimeType).toBe("image/jpeg");

    // The same milestone cannot be completed twice.
    expect(
      await reasonOf(
        reportProgress(unitStaff, { ...report, percent: "50", milestoneId: String(view.milestones[0].id) }, [], client),
      ),
    ).toBe("projects.milestoneDone");
    expect(
      await db.auditEvent.count({ where: { action: "project.progress.report", result: "SUCCESS" } }),
    ).toBeGreaterThan(0);
    expect(await denied("project.progress.report", unitStaff.id)).toBe(1);

    // Only a decided project is delivered; staff of another region cannot reach it at all.
    expect(
      await reasonOf(
        assignDelivery(
          w.staff,
          {
            candidateId: String(notDecided[0]),
            unitId: String(w.unit.id),
            leadOfficial: "李四",
            budgetWan: "1",
            milestones: "",
          },
          client,
        ),
      ),
    ).toBe("notFound");
    expect(
      await reasonOf(
        assignDelivery(
          w.otherStaff,
          {
            candidateId: String(project),
            unitId: String(w.unit.id),
            leadOfficial: "李四",
            budgetWan: "1",
            milestones: "",
          },
          client,
        ),
      ),
    ).toBe("notFound");
    // And the leaders' overview of the region shows the project, its progress and nothing overdue.
    const leader = actorOf(await createStaffUser("LEADER", { regionId: w.region.id }), { regionPath: w.region.path });
    const [round] = await deliveryOverview(leader);
    expect(round.candidates.find((c) => c.id === project)?.view).toMatchObject({ percent: 40, overdue: 0 });
  });

  it("refuses milestones typed without a date, and the database refuses a delivery for a project not decided", async () => {
    const w = await createProjectWorld();
    const { project, notDecided, roundId } = await assigned(w);
    expect(
      await reasonOf(
        assignDelivery(
          w.staff,
          {
            candidateId: String(project),
            unitId: String(w.unit.id),
            leadOfficial: "王建国",
            budgetWan: "150",
            milestones: "尽快完工",
          },
          client,
        ),
      ),
    ).toBe("delivery.milestonesInvalid");
    expect(await db.projectMilestone.count({ where: { candidateId: project } })).toBe(2);
    await expect(
      db.projectDelivery.create({
        data: {
          candidateId: notDecided[0],
          roundId,
          unitId: w.unit.id,
          leadOfficial: "x",
          budgetWan: "1",
          assignedById: w.staff.id,
        },
      }),
    ).rejects.toThrow(/project_delivery_not_decided/);
  });
});

describe("代表监督小组: a deputy reaches only the projects whose group they are in", () => {
  it("lets group members add notes and see the project, and refuses everyone else", async () => {
    const w = await createProjectWorld();
    const { project } = await assigned(w);
    const [inGroup, alsoInGroup, outside] = w.deputies;
    await setSupervisors(
      w.staff,
      { candidateId: String(project), deputyIds: [String(inGroup.id), String(alsoInGroup.id)] },
      client,
    );
    await addSupervisionNote(inGroup.actor, { candidateId: String(project), text: "现场查看，施工围挡规范。" }, client);
    expect((await projectsForDeputy(inGroup.actor)).supervised.map((p) => p.id)).toEqual([project]);
    expect((await projectsForDeputy(outside.actor)).supervised).toEqual([]);

    expect(
      await reasonOf(
        addSupervisionNote(outside.actor, { candidateId: String(project), text: "我也想记一笔。" }, client),
      ),
    ).toBe("notFound");
    expect(await denied("permission.denied", outside.actor.id)).toBe(1);
    const view = (await deliveryViews([project], { notes: true })).get(project)!;
    const { name } = await db.deputy.findUniqueOrThrow({ where: { id: inGroup.id } });
    expect(view.notes.map((n) => [n.deputy, n.text])).toEqual([[name, "现场查看，施工围挡规范。"]]);

    // A deputy of another congress cannot join the group.
    const stranger = await createProjectWorld({ deputies: 1 });
    expect(
      await reasonOf(
        setSupervisors(w.staff, { candidateId: String(project), deputyIds: [String(stranger.deputies[0].id)] }, client),
      ),
    ).toBe("projects.notAMember");
    expect(await db.projectSupervisor.count({ where: { candidateId: project } })).toBe(2);
  });
});

describe("满意度测评: one rating per deputy per project", () => {
  it("accepts ratings only while the window is open, once per deputy, and counts them", async () => {
    const w = await createProjectWorld();
    const { project, roundId } = await assigned(w);
    // The factory's round states three dimensions (进度, 质量, 效果): each rated as well as the whole.
    const rate = (i: number, verdict: string, dims = [verdict, verdict, verdict]) =>
      reasonOf(
        rateProject(
          w.deputies[i].actor,
          { candidateId: String(project), verdict, dimension1: dims[0], dimension2: dims[1], dimension3: dims[2] },
          client,
        ),
      );

    expect(await rate(0, "SATISFIED")).toBe("projects.ratingNotOpen");
    await openRating(w.staff, { roundId: String(roundId) }, client);
    expect((await projectsForDeputy(w.deputies[0].actor)).toRate.map((p) => p.id)).toEqual([project]);

    // Two presses at once by one deputy (a double click): one rating.
    const both = await Promise.all([rate(0, "SATISFIED"), rate(0, "SATISFIED")]);
    expect(both.sort()).toEqual(["ok", "projects.alreadyRated"]);
    // A dimension left out is asked for, and nothing is kept.
    expect(await rate(1, "SATISFIED", ["SATISFIED", "", "SATISFIED"])).toBe("delivery.verdictRequired");
    expect(await rate(1, "SATISFIED", ["SATISFIED", "SATISFIED", "很好"])).toBe("delivery.verdictRequired");
    expect(await db.projectRating.count({ where: { candidateId: project } })).toBe(1);
    expect(await rate(1, "BASICALLY_SATISFIED", ["SATISFIED", "DISSATISFIED", "BASICALLY_SATISFIED"])).toBe("ok");
    expect(await rate(2, "DISSATISFIED")).toBe("ok");
    expect(await rate(1, "SATISFIED")).toBe("projects.alreadyRated");
    expect(await db.projectRating.count({ where: { candidateId: project } })).toBe(3);
    // The database itself: the same deputy twice, or a changed rating, is refused.
    await expect(
      db.projectRating.create({ data: { candidateId: project, deputyId: w.deputies[1].id, verdict: "SATISFIED" } }),
    ).rejects.toThrow();
    // ...and a rating without a verdict for every dimension, even from a deputy who has not rated yet.
    await expect(
      db.projectRating.create({
        data: {
          candidateId: project,
          deputyId: w.deputies[3].id,
          verdict: "SATISFIED",
          dimensionVerdicts: ["SATISFIED"],
        },
      }),
    ).rejects.toThrow(/project_rating_dimensions/);
    await expect(
      db.projectRating.updateMany({ where: { candidateId: project }, data: { verdict: "SATISFIED" } }),
    ).rejects.toThrow(/project_rating_final/);

    // A deputy of another congress cannot rate.
    const stranger = await createProjectWorld({ deputies: 1 });
    expect(
      await reasonOf(
        rateProject(stranger.deputies[0].actor, { candidateId: String(project), verdict: "SATISFIED" }, client),
      ),
    ).toBe("projects.notARater");

    await closeRating(w.staff, { roundId: String(roundId) }, client);
    expect(await rate(3, "SATISFIED")).toBe("projects.ratingNotOpen");
    expect(await denied("project.rating.cast", w.deputies[3].actor.id)).toBe(1);
    const view = (await deliveryViews([project], { notes: false })).get(project)!;
    expect(view.rating).toMatchObject({ SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 1, total: 3 });
    expect(view.rating.rate).toBeCloseTo(2 / 3);
    // Each dimension counted on its own: 进度 3 satisfied; 质量 satisfied, dissatisfied, dissatisfied; ...
    expect(
      view.dimensionRatings.map((d) => [
        d.name,
        d.rating.SATISFIED,
        d.rating.BASICALLY_SATISFIED,
        d.rating.DISSATISFIED,
      ]),
    ).toEqual([
      ["进度", 2, 0, 1],
      ["质量", 1, 0, 2],
      ["效果", 1, 1, 1],
    ]);
  });
});

describe("候选项目修改: before voting opens only", () => {
  it("edits a candidate on the fixed list before voting, and refuses (audited) once voting has opened", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w, 2);
    await advanceRound(w.staff, { roundId: String(roundId) }, client);
    const [first] = await addCandidates(w, roundId, 3);
    await advanceRound(w.staff, { roundId: String(roundId) }, client); // → BALLOT, voting not open
    const edit = (title: string) =>
      reasonOf(
        editCandidate(
          w.staff,
          { candidateId: String(first), title, description: "新建社区养老服务中心一处，含助餐点和日间照料。" },
          client,
        ),
      );
    expect(await edit("社区养老服务中心")).toBe("ok");
    expect((await db.projectCandidate.findUniqueOrThrow({ where: { id: first } })).title).toBe("社区养老服务中心");
    expect(
      await db.auditEvent.count({
        where: { action: "project.candidate.edit", result: "SUCCESS", targetId: String(first) },
      }),
    ).toBe(1);

    await openVoting(w.staff, { roundId: String(roundId) }, client);
    expect(await edit("改个名字再投")).toBe("projects.votingOpened");
    expect((await db.projectCandidate.findUniqueOrThrow({ where: { id: first } })).title).toBe("社区养老服务中心");
    expect(
      await db.auditEvent.count({
        where: { action: "project.candidate.edit", result: "DENIED", targetId: String(first) },
      }),
    ).toBe(1);
    // The database refuses the same change made by any other statement.
    await expect(db.projectCandidate.update({ where: { id: first }, data: { title: "绕过检查" } })).rejects.toThrow(
      /project_candidate_list_fixed/,
    );
    // Staff of another region cannot edit at all.
    expect(
      await reasonOf(
        editCandidate(
          w.otherStaff,
          { candidateId: String(first), title: "别区改名", description: "别区的工作人员试图修改候选项目。" },
          client,
        ),
      ),
    ).toBe("notFound");
  });
});
