// V1 (api.iamport.kr), @portone-typed/v1: 본인인증 by OTP.
import { createIamportClient } from "@portone-typed/v1";

const iamport = createIamportClient({
  impKey: process.env.IMP_KEY ?? "",
  impSecret: process.env.IMP_SECRET ?? "",
});

export async function requestOtp(name: string, phone: string, birth: string) {
  const { imp_uid } = await iamport.certification.requestOTP({
    name,
    phone,
    birth,
    gender_digit: "1",
    carrier: "SKT",
    channel_key: "channel-key-…",
  });
  return imp_uid;
}
