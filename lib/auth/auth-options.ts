// next-auth wiring: two Credentials providers (password, phone code) on JWT sessions. The JWT carries only
// the server-side session id (sid); lib/auth/current-actor.ts checks that row on every request (S5).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeNext } from "../../components/auth/safe-next.ts";
import { env, isSecureDeployment } from "../env.ts";
import { clientInfoFrom, currentClientInfo } from "../http/client-info.ts";
import { otpLogin } from "./otp.ts";
import { passwordLogin } from "./password-login.ts";
import { signOutSession } from "./sign-out.ts";
import { SESSION_ABSOLUTE_MS } from "./session-policy.ts";

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    sid: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Thrown errors reach the sign-in form as `error` (a reason code the form turns into Chinese). */
class SignInRefused extends Error {}

type Login = (
  raw: unknown,
  client: ReturnType<typeof clientInfoFrom>,
) => Promise<{ ok: true; userId: number; sessionId: string } | { ok: false; reason: string }>;

/** A Credentials provider that hands the submitted fields to one of our login use cases. */
function credentials(id: string, fields: readonly string[], login: Login) {
  return CredentialsProvider({
    id,
    name: id,
    credentials: Object.fromEntries(fields.map((f) => [f, {}])),
    async authorize(submitted, req) {
      const input = Object.fromEntries(fields.map((f) => [f, submitted?.[f] ?? ""]));
      let result: Awaited<ReturnType<Login>>;
      try {
        result = await login(input, clientInfoFrom(req.headers ?? {}));
      } catch (err) {
        // next-auth hands a thrown error's text to the browser: a database error must not travel that way.
        console.error("[sign-in]", err);
        throw new SignInRefused("generic");
      }
      if (!result.ok) throw new SignInRefused(result.reason);
      return { id: String(result.userId), sid: result.sessionId };
    },
  });
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
    jwt: { maxAge: SESSION_ABSOLUTE_MS / 1000 },
    useSecureCookies: isSecureDeployment(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      credentials("password", ["username", "password"], passwordLogin),
      credentials("phone", ["phone", "code"], otpLogin),
    ],
    callbacks: {
      // Callback targets: a path on this site only (the same rule as the sign-in forms' `next`).
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeNext(path, "/")}`;
      },
      jwt({ token, user }) {
        if (user) token.sid = user.sid;
        return token;
      },
      session({ session, token }) {
        // Nothing personal travels in the session object; pages read the actor from the database.
        return { expires: session.expires, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await signOutSession(token.sid, await currentClientInfo());
      },
    },
  };
  return options;
}
