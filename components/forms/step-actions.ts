// The server actions a step form can post to, by area, and the steps each one knows. A page names the area and the
// step (`<StepForm area="suggestion" op="assign" …>`); a step the area's dispatcher does not have fails the type
// check instead of answering "invalid" at run time (docs/decisions/0073-typed-step-forms.md).
import {
  activitiesAction,
  createActivityAction,
  type ActivitiesOp,
  type CreateActivityOp,
} from "@/app/actions/activities";
import { calendarAction, type CalendarOp } from "@/app/actions/calendar";
import { deputiesAction, type DeputiesOp } from "@/app/actions/deputies";
import { importsAction, type ImportsOp } from "@/app/actions/imports";
import { letterAction, type LettersOp } from "@/app/actions/deputy-letters";
import { photosAction, type PhotosOp } from "@/app/actions/photos";
import { placesAction, type PlacesOp } from "@/app/actions/places";
import { projectsAction, type ProjectsOp } from "@/app/actions/projects";
import { projectDeliveryAction, type DeliveryOp } from "@/app/actions/project-delivery";
import { savedFilterAction, type SavedFilterOp } from "@/app/actions/queue-workbench";
import { receptionAction, type ReceptionOp } from "@/app/actions/reception";
import { residentNameAction, type ResidentNameOp } from "@/app/actions/resident-name";
import { suggestionAction, type SuggestionOp } from "@/app/actions/suggestion-action";
import { supervisionAction, type SupervisionOp } from "@/app/actions/supervision";
import { templatesAction, type TemplatesOp } from "@/app/actions/templates";

export const STEP_ACTIONS = {
  activities: activitiesAction,
  activityCreate: createActivityAction,
  calendar: calendarAction,
  deputies: deputiesAction,
  delivery: projectDeliveryAction,
  imports: importsAction,
  letters: letterAction,
  photos: photosAction,
  places: placesAction,
  projects: projectsAction,
  reception: receptionAction,
  savedFilter: savedFilterAction,
  residentName: residentNameAction,
  suggestion: suggestionAction,
  supervision: supervisionAction,
  templates: templatesAction,
};

export type StepOps = {
  activities: ActivitiesOp;
  activityCreate: CreateActivityOp;
  calendar: CalendarOp;
  deputies: DeputiesOp;
  delivery: DeliveryOp;
  imports: ImportsOp;
  letters: LettersOp;
  photos: PhotosOp;
  places: PlacesOp;
  projects: ProjectsOp;
  reception: ReceptionOp;
  savedFilter: SavedFilterOp;
  residentName: ResidentNameOp;
  suggestion: SuggestionOp;
  supervision: SupervisionOp;
  templates: TemplatesOp;
};

export type StepArea = keyof StepOps & keyof typeof STEP_ACTIONS;
