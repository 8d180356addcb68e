"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { safeNext } from "./safe-next";

const REASON_KEY: Record<string, string> = {
  locked: "errors.locked",
  throttled: "errors.throttled",
  badInput: "errors.invalid",
};

export function StaffLoginForm({ next }: { next?: string }) {
  const t = useTranslations();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<{ username?: string; password?: string; form?: string }>({});
  const [pending, startTransition] = useTransition();

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const fieldErrors = {
      username: username.trim() ? undefined : t("errors.usernameRequired"),
      password: password ? undefined : t("errors.passwordRequired"),
    };
    if (fieldErrors.username || fieldErrors.password) return setErrors(fieldErrors);
    setErrors({});
    startTransition(async () => {
      const res = await signIn("password", { username: username.trim(), password, redirect: false });
      if (res?.ok && !res.error) {
        // The password only half-opens the session: the second factor comes next (enrol or verify), then /go
        // (or the page asked for) sends each role to its own area.
        // A full load, not a client navigation: the pages must be rendered with the new session cookie.
        const target = safeNext(next, "");
        const secondStep = `/login/second-factor${target ? `?next=${encodeURIComponent(target)}` : ""}`;
        window.location.assign(new URL(secondStep, window.location.origin));
        return;
      }
      setPassword("");
      setErrors({ form: t(REASON_KEY[res?.error ?? ""] ?? "errors.invalidCredentials") });
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <Field
        name="username"
        label={t("login.username")}
        error={errors.username}
        autoComplete="username"
        maxLength={40}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <Field
        name="password"
        label={t("login.password")}
        hint={t("login.lockoutPolicy")}
        error={errors.password}
        type="password"
        autoComplete="current-password"
        maxLength={128}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
