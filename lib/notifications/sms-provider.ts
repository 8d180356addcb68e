// How a text message leaves the portal. With no SMS_GATEWAY_URL the portal is in demo messaging mode:
// messages stay in the outbox (status HELD) and are written to the server log, and the resident sign-in page
// shows the code under a 演示 label. Configuring a gateway turns all of that off.
import { env, isDemoMessaging, isDemoMode } from "../env.ts";
import { maskPhone } from "../crypto/pii.ts";

export type SmsDelivery = "sent" | "held";

export interface SmsProvider {
  send(to: string, body: string, template?: string): Promise<SmsDelivery>;
}

const demoProvider: SmsProvider = {
  async send(to, body, template) {
    // Outside demo mode the log never carries a message's text (it may hold a code) nor a full number.
    if (isDemoMode()) console.log(`[演示短信 demo SMS] to ${maskPhone(to)}: ${body}`);
    else console.log(`[SMS held] to ${maskPhone(to)} (${template ?? "message"})`);
    return "held";
  },
};

/** A plain JSON POST, the shape most domestic SMS gateways' HTTP bridges accept; adapt here for a vendor SDK. */
const httpProvider = (url: string): SmsProvider => ({
  async send(to, body) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ to, body }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    return "sent";
  },
});

export function smsProvider(): SmsProvider {
  return isDemoMessaging() ? demoProvider : httpProvider(env().SMS_GATEWAY_URL!);
}
