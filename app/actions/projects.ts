"use server";
// One action for the steps of a 民生实事 round that staff take (screening, the meeting, the result). The form names
// the step (`op`); each use case checks role, scope and input itself. Unknown steps are refused.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import {
  advanceRound,
  closeVoting,
  createRound,
  openVoting,
  publishResult,
  setVotingTimes,
} from "@/lib/projects/rounds";
import {
  createCandidate,
  declineProposal,
  editCandidate,
  mergeProposal,
  recordReview,
  removeCandidate,
} from "@/lib/projects/proposals";
import { addMilestone, assignDelivery, setSupervisors } from "@/lib/projects/delivery";
import { closeRating, openRating } from "@/lib/projects/rating";
import { enterPaperTally, markAttendance, markPaperVoter } from "@/lib/projects/meeting";

const OPS = {
  createRound,
  advanceRound,
  declineProposal,
  mergeProposal,
  createCandidate,
  removeCandidate,
  editCandidate,
  recordReview,
  setVotingTimes,
  openVoting,
  closeVoting,
  markAttendance,
  markPaperVoter,
  enterPaperTally,
  publishResult,
  assignDelivery,
  addMilestone,
  setSupervisors,
  openRating,
  closeRating,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type ProjectsOp = keyof typeof OPS;

export async function projectsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "projects.done",
    input: (values) => {
      const op = form.get("op");
      if (op === "createCandidate") return { ...values, proposalIds: form.getAll("proposalIds") };
      if (op === "setSupervisors") return { candidateId: values.candidateId, deputyIds: form.getAll("deputyIds") };
      if (op === "markAttendance") return { roundId: values.roundId, deputyIds: form.getAll("deputyIds") };
      if (op === "enterPaperTally") {
        const counts = Object.fromEntries(Object.entries(values).filter(([k]) => /^[yna]\d+$/.test(k)));
        return { roundId: values.roundId, counts };
      }
      return values;
    },
  });
}
