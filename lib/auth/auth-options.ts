// next-auth wiring: two Credentials providers (password, phone code) on JWT sessions. The JWT carries only
// the server-side session id (sid); lib/auth/current-actor.ts checks that row on every request (S5).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
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
      const result = await login(input, clientInfoFrom(req.headers ?? {}));
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
