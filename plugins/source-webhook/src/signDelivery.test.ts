import { describe, expect, it } from "vitest";
import { signDelighted, signStandardWebhook, signSurveyMonkey, signTypeform } from "./signDelivery.js";
import { verifyDelighted } from "./verifyDelighted.js";
import { verifyStandardWebhook } from "./verifyStandardWebhook.js";
import { verifySurveyMonkey } from "./verifySurveyMonkey.js";
import { verifyTypeform } from "./verifyTypeform.js";

const body = Buffer.from('{"event_id":"e1","score":9}');

describe("sign… helpers", () => {
  it("reproduce the Standard Webhooks spec vector", () => {
    expect(
      signStandardWebhook({
        secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
        timestamp: 1614265330,
        body: '{"test": 2432232314}',
      })["webhook-signature"],
    ).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("produce what each verifier accepts", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const headers = signStandardWebhook({ secret, id: "m1", timestamp: 1000, body });
    expect(verifyStandardWebhook({ secret, headers, body, now: 1000 })).toEqual({ ok: true });
    expect(verifyTypeform({ secret: "tf", headers: signTypeform({ secret: "tf", body }), body })).toEqual({
      ok: true,
    });
    expect(
      verifySurveyMonkey({
        apiKeyOrClientId: "k",
        apiSecret: "s",
        headers: signSurveyMonkey({ apiKey: "k", secret: "s", body }),
        body,
      }),
    ).toEqual({ ok: true });
    expect(verifyDelighted({ apiKey: "dk", headers: signDelighted({ secret: "dk", body }), body })).toEqual({
      ok: true,
    });
  });
});
