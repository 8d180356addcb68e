"use client";
// Mobile number → code → sign in. Errors and the demo code are announced (U2); input is checked on the
// server too (S2), the client check only saves a round trip.
import { useEffect, useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { requestOtpAction } from "@/app/actions/request-otp";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { safeNext } from "./safe-next";

const MOBILE = /^1[3-9]\d{9}$/;
const mask = (p: string) => `${p.slice(0, 3)}****${p.slice(7)}`;

export function ResidentLoginForm({ next }: { next?: string }) {
  const t = useTranslations();
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<{ phone?: string; code?: string; form?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [demoCode, setDemoCode] = useState<string | null>(null);
  const [cooldown, setCooldown] = useState(0);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (cooldown <= 0) return;
    const timer = setTimeout(() => setCooldown((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [cooldown]);

  function sendCode() {
    const value = phone.trim();
    if (!MOBILE.test(value)) return setErrors({ phone: t("errors.mobileFormat") });
    setErrors({});
    startTransition(async () => {
      const result = await requestOtpAction(value);
      if (!result.ok) {
        const key =
          result.reason === "badInput"
            ? "mobileFormat"
            : `otp${result.reason[0].toUpperCase()}${result.reason.slice(1)}`;
        setErrors({ phone: t(`errors.${key}`) });
        return;
      }
      setSentTo(value);
      setDemoCode(result.demoCode ?? null);
      setCooldown(60);
    });
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const value = phone.trim();
    if (!MOBILE.test(value)) return setErrors({ phone: t("errors.mobileFormat") });
    if (!/^\d{6}$/.test(code.trim())) return setErrors({ code: t("errors.otpFormat") });
    setErrors({});
    startTransition(async () => {
      const res = await signIn("phone", { phone: value, code: code.trim(), redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(safeNext(next, "/me"));
        return;
      }
      const reason = res?.error;
      setErrors({
        form: t(
          reason === "throttled" ? "errors.throttled" : reason === "badInput" ? "errors.invalid" : "errors.otpInvalid",
        ),
      });
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="flex items-end gap-2">
        <Field
          className="flex-1"
          name="phone"
          label={t("login.phone")}
          hint={t("login.phoneHint")}
          error={errors.phone}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={11}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      <button
        type="button"
        onClick={sendCode}
        disabled={pending || cooldown > 0}
        className={`${buttonStyles.secondary} w-full`}
      >
        {cooldown > 0 ? t("login.resend", { seconds: cooldown }) : t("login.sendCode")}
      </button>
      <div aria-live="polite" className="space-y-2">
        {sentTo && <p className="text-sm text-muted">{t("login.codeSent", { phone: mask(sentTo) })}</p>}
        {demoCode && (
          <Alert tone="demo">
            <span className="mr-2 rounded bg-amber-400 px-1.5 py-0.5 text-xs font-bold text-amber-950">
              {t("login.demoCodeLabel")}
            </span>
            {t("login.demoCode", { code: "" })}
            <strong data-testid="demo-code" className="font-mono text-lg tracking-widest">
              {demoCode}
            </strong>
          </Alert>
        )}
      </div>
      <Field
        name="code"
        label={t("login.code")}
        hint={t("login.codeHint")}
        error={errors.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
