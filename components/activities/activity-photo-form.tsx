"use client";
// Uploads photos of a duty activity. The server re-encodes them (lib/activities/photos.ts); the limits are checked
// there again.
import { activityPhotosAction } from "@/app/actions/activities";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";

export function ActivityPhotoForm({
  activityId,
  label,
  hint,
  submitLabel,
}: {
  activityId: number;
  label: string;
  hint: string;
  submitLabel: string;
}) {
  const { action, pending, formError } = useAnnouncedAction(activityPhotosAction);
  return (
    <form action={action} className="space-y-2" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <input type="hidden" name="activityId" value={activityId} />
      <label htmlFor="activity-photos" className="block font-medium">
        {label}
      </label>
      <input
        id="activity-photos"
        name="photos"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        className="block w-full text-base"
      />
      <p className="text-sm text-muted">{hint}</p>
      <button type="submit" disabled={pending} className={buttonStyles.secondary}>
        {submitLabel}
      </button>
    </form>
  );
}
