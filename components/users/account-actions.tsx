"use client";
// What the system admin can do to one account. Disabling and resetting cannot be taken back, so each opens a
// modal <dialog> that names the consequence and asks again (U5); the browser's own dialog keeps focus inside,
// closes on Esc and returns focus to the button that opened it.
import { useFormAction } from "@/components/forms/use-form-action";
import { useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { accountStepAction, resetPasswordAction, type AccountStepOp, type IssuedState } from "@/app/actions/users";
import { OpInput } from "@/components/forms/op-input";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { IssuedPasswordPanel } from "./issued-password";

type Props = {
  userId: number;
  name: string;
  disabled: boolean;
  locked: boolean;
  hasPhone: boolean;
  isSelf: boolean;
  /** Slot for actions other parts of the portal add (the second-factor reset). */
  children?: ReactNode;
};

export function AccountActions({ userId, name, disabled, locked, hasPhone, isSelf, children }: Props) {
  const t = useTranslations();
  const [step, stepAction, stepPending] = useFormAction<IssuedState>(accountStepAction, {});
  const [reset, resetAction, resetPending] = useFormAction<IssuedState>(resetPasswordAction, {});
  const latest = [step, reset].find((s) => s.formError || s.fieldErrors);
  const error = latest?.formError ?? Object.values(latest?.fieldErrors ?? {})[0];

  return (
    <div className="space-y-4">
      {error && <Alert tone="error">{t(`errors.${error}`)}</Alert>}
      {step.ok && step.message && <Alert tone="info">{t(step.message)}</Alert>}
      {reset.ok && reset.issued && <IssuedPasswordPanel issued={reset.issued} />}
      {isSelf ? (
        <p className="text-muted">{t("users.actions.selfNote")}</p>
      ) : (
        <ul className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          {locked && (
            <li>
              <form action={stepAction}>
                <OpInput<AccountStepOp> op="unlock" />
                <input type="hidden" name="userId" value={userId} />
                <button type="submit" disabled={stepPending} className={`${buttonStyles.secondary} w-full`}>
                  {t("users.actions.unlock")}
                </button>
              </form>
            </li>
          )}
          <li>
            <Confirmed
              open={t("users.actions.resetPassword")}
              title={t("users.actions.resetTitle", { name })}
              body={t("users.actions.resetBody")}
              confirm={t("users.actions.resetConfirm")}
              action={resetAction}
              pending={resetPending}
            >
              <input type="hidden" name="userId" value={userId} />
              {hasPhone ? (
                <label className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name="sendSms" className="size-5" />
                  {t("users.actions.resetSms")}
                </label>
              ) : (
                <p className="text-sm text-muted">{t("users.actions.resetNoPhone")}</p>
              )}
            </Confirmed>
          </li>
          <li>
            {disabled ? (
              <form action={stepAction}>
                <OpInput<AccountStepOp> op="enable" />
                <input type="hidden" name="userId" value={userId} />
                <button type="submit" disabled={stepPending} className={`${buttonStyles.secondary} w-full`}>
                  {t("users.actions.enable")}
                </button>
              </form>
            ) : (
              <Confirmed
                open={t("users.actions.disable")}
                title={t("users.actions.disableTitle", { name })}
                body={t("users.actions.disableBody")}
                confirm={t("users.actions.disableConfirm")}
                action={stepAction}
                pending={stepPending}
                danger
              >
                <OpInput<AccountStepOp> op="disable" />
                <input type="hidden" name="userId" value={userId} />
              </Confirmed>
            )}
          </li>
          {children}
        </ul>
      )}
    </div>
  );
}

function Confirmed({
  open,
  title,
  body,
  confirm,
  action,
  pending,
  danger = false,
  children,
}: {
  open: string;
  title: string;
  body: string;
  confirm: string;
  action: (form: FormData) => void;
  pending: boolean;
  danger?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("users.actions");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={`${danger ? buttonStyles.primary : buttonStyles.secondary} w-full`}
      >
        {open}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line p-5 shadow-lg backdrop:bg-black/40"
      >
        <form
          action={(form) => {
            dialog.current?.close();
            action(form);
          }}
          className="space-y-4"
        >
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p>{body}</p>
          {children}
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className={buttonStyles.secondary} autoFocus>
              {t("cancel")}
            </button>
            <button type="submit" disabled={pending} className={buttonStyles.primary}>
              {confirm}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
