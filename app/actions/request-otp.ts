"use server";
// Thin action: parse in the use case, return a plain result the form can show.
import { requestOtp, type OtpRequestResult } from "@/lib/auth/otp";
import { currentClientInfo } from "@/lib/http/client-info";

export async function requestOtpAction(phone: string): Promise<OtpRequestResult> {
  return requestOtp({ phone }, await currentClientInfo());
}
