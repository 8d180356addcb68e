"use client";
// The submit button of a step that cannot be undone (cancel a booking, 签收, 交办, 反馈提出人): the first press
// opens a native modal <dialog> that asks once more. The dialog takes focus, traps it, closes on Escape and
// gives focus back to the button, which window.confirm does not do reliably for screen readers, and it is
// styled and worded like the rest of the page. Its 确认 button sits inside the form, so it submits it.
import { useId, useRef } from "react";
import { buttonStyles } from "./button-styles";

export type ConfirmTexts = { question: string; yes: string; no: string };

export function ConfirmSubmit({
  label,
  confirm,
  className,
  disabled,
}: {
  label: string;
  confirm: ConfirmTexts;
  className: string;
  disabled?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={questionId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-white p-5 shadow-xl backdrop:bg-black/40"
      >
        <p id={questionId} className="mb-4 text-lg font-medium">
          {confirm.question}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          {/* Autofocus on the safe choice: Enter by habit keeps things as they were. */}
          <button type="button" autoFocus className={buttonStyles.secondary} onClick={() => dialog.current?.close()}>
            {confirm.no}
          </button>
          <button type="submit" className={buttonStyles.primary} onClick={() => dialog.current?.close()}>
            {confirm.yes}
          </button>
        </div>
      </dialog>
    </>
  );
}
