import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arraySource, recordAt } from "../test/arraySource.js";
import { thrown } from "../test/thrown.js";
import { type CommentSamplerOptions, commentSampler } from "./commentSampler.js";
import { ingest } from "./ingest.js";
import { stableHash } from "./stableHash.js";
import type { SurveyResponse } from "./surveyResponse.js";

const OCTOBER = "2026-10-10T12:00:00Z";

function response(
  id: string,
  score: number | null,
  comment: string | undefined,
  extra: Partial<SurveyResponse> = {},
): SurveyResponse {
  return { id, score, submittedAt: OCTOBER, ...(comment !== undefined && { comment }), ...extra };
}

/** The ids a bottom-k sample must pick: the `k` smallest stable hashes, by brute force over all of them. */
function smallestHashes(ids: readonly string[], k: number): string[] {
  return [...ids].sort((a, b) => stableHash(a) - stableHash(b)).slice(0, k);
}

const texts = (comments: readonly { text: string }[]) => comments.map((comment) => comment.text);
const ids = (comments: readonly { id: string }[]) => comments.map((comment) => comment.id);

describe("commentSampler: what counts", () => {
  it.each<[string, SurveyResponse, { promoter: number; passive: number; detractor: number }]>([
    ["a promoter's comment", response("1", 9, "Great support"), { promoter: 1, passive: 0, detractor: 0 }],
    ["a passive's comment", response("1", 7, "Fine"), { promoter: 0, passive: 1, detractor: 0 }],
    ["a detractor's comment", response("1", 0, "Broken"), { promoter: 0, passive: 0, detractor: 1 }],
    ["score 6 as a detractor", response("1", 6, "Meh"), { promoter: 0, passive: 0, detractor: 1 }],
    ["no comment", response("1", 9, undefined), { promoter: 0, passive: 0, detractor: 0 }],
    ["an empty comment", response("1", 9, ""), { promoter: 0, passive: 0, detractor: 0 }],
    [
      "a comment of spaces and newlines",
      response("1", 9, " \n\t "),
      { promoter: 0, passive: 0, detractor: 0 },
    ],
    [
      "an unanswered response (no category)",
      response("1", null, "Hm"),
      { promoter: 0, passive: 0, detractor: 0 },
    ],
    [
      "a response of another month",
      response("1", 9, "Great", { submittedAt: "2026-09-30T12:00:00Z" }),
      { promoter: 0, passive: 0, detractor: 0 },
    ],
  ])("counts %s", (_, value, total) => {
    const sampler = commentSampler({ period: "2026-10" });
    sampler.add(value);
    expect(sampler.comments("2026-10").total).toEqual(total);
  });

  it("places periods in the time zone: 2026-10-31T22:30Z is November in Moscow", () => {
    const late = response("1", 10, "Late but great", { submittedAt: "2026-10-31T22:30:00Z" });
    const moscow = commentSampler({ timeZone: "Europe/Moscow" });
    const utc = commentSampler();
    moscow.add(late);
    utc.add(late);
    expect(moscow.comments("2026-11").total.promoter).toBe(1);
    expect(moscow.comments("2026-10").total.promoter).toBe(0);
    expect(utc.comments("2026-10").total.promoter).toBe(1);
  });

  it("keeps only the scope's group", () => {
    const sampler = commentSampler({ scope: { region: "Europe" } });
    sampler.add(response("1", 9, "In scope", { segments: { region: "Europe", plan: "Pro" } }));
    sampler.add(response("2", 9, "Other region", { segments: { region: "APAC" } }));
    sampler.add(response("3", 9, "No region"));
    expect(texts(sampler.comments("2026-10").promoter)).toEqual(["In scope"]);
    expect(sampler.comments("2026-10").total.promoter).toBe(1);
  });
});

describe("commentSampler: selection", () => {
  it("keeps the 5 comments whose ids have the smallest stable hash, in that order", () => {
    const all = Array.from({ length: 40 }, (_, i) => `p-${i}`);
    const sampler = commentSampler();
    for (const id of all) sampler.add(response(id, 10, `Comment number ${id}`));
    const { promoter, total } = sampler.comments("2026-10");
    expect(total.promoter).toBe(40);
    expect(ids(promoter)).toEqual(smallestHashes(all, 5));
  });

  it("shows one-word comments only when there are not enough longer ones", () => {
    const sampler = commentSampler();
    const useful = ["Support never replied", "Too expensive", "Export crashed twice"];
    const short = ["ok", "👍", "Terrible!", "  nope  ", "...", "Meh", "Bad", "No", "?", "Ugh"];
    useful.forEach((text, i) => {
      sampler.add(response(`u-${i}`, 0, text));
    });
    short.forEach((text, i) => {
      sampler.add(response(`s-${i}`, 0, text));
    });
    const { detractor } = sampler.comments("2026-10");
    expect(ids(detractor)).toEqual([
      ...smallestHashes(["u-0", "u-1", "u-2"], 3),
      ...smallestHashes(
        short.map((_, i) => `s-${i}`),
        2,
      ),
    ]);
  });

  it("shows each text once (case and spacing aside), by the response with the smallest hash", () => {
    const sampler = commentSampler();
    const said = ["Too expensive", "too  EXPENSIVE", "Support never replied", "Slow"];
    const all = Array.from({ length: 24 }, (_, i) => `d-${i}`);
    all.forEach((id, i) => {
      sampler.add(response(id, 2, said[i % 4]));
    });
    const { detractor, total } = sampler.comments("2026-10");
    expect(total.detractor).toBe(24);
    // Three distinct texts (the first two fold together): each shown by its best-ranked response, best first;
    // the one-word "Slow" last.
    const best = (indexes: number[]) =>
      smallestHashes(
        all.filter((_, i) => indexes.includes(i % 4)),
        1,
      )[0]!;
    const expensive = best([0, 1]);
    const support = best([2]);
    const useful = [expensive, support].sort((a, b) => stableHash(a) - stableHash(b));
    expect(ids(detractor)).toEqual([...useful, best([3])]);
    // The pool keeps repeats: it samples comments, not texts, so theme counts stay unbiased.
    const pooled = commentSampler({ poolSize: 10 });
    all.forEach((id, i) => {
      pooled.add(response(id, 2, said[i % 4]));
    });
    expect(ids(pooled.pool("2026-10").detractor)).toEqual(smallestHashes(all, 10));
  });

  it.each<[number, string[]]>([
    // minWords 1: "Terrible!" is a word and ranks with the long ones; "👍" and "..." have none.
    [1, ["Support never replied", "Terrible!"]],
    // minWords 0: every comment ranks by hash alone.
    [0, []],
  ])("with minWords %i", (minWords, firstTexts) => {
    const sampler = commentSampler({ minWords, size: 10 });
    const items = [
      ["a", "Support never replied"],
      ["b", "Terrible!"],
      ["c", "👍"],
      ["d", "..."],
    ] as const;
    for (const [id, text] of items) sampler.add(response(id, 0, text));
    const { detractor } = sampler.comments("2026-10");
    if (firstTexts.length > 0) {
      expect(new Set(texts(detractor).slice(0, firstTexts.length))).toEqual(new Set(firstTexts));
    } else {
      expect(ids(detractor)).toEqual(smallestHashes(["a", "b", "c", "d"], 4));
    }
  });

  it("selects the same comments in any read order", () => {
    const words = [
      "ok",
      "Too expensive",
      "Support answered in minutes",
      "Ужасно медленно",
      "Fine",
      "<b>bold</b> move",
    ];
    const all = Array.from({ length: 60 }, (_, i) =>
      response(`r-${i}`, i % 11, words[i % words.length], {
        segments: { region: i % 2 ? "APAC" : "Europe" },
      }),
    );
    const run = (list: readonly SurveyResponse[]) => {
      const sampler = commentSampler({ size: 4, poolSize: 7 });
      for (const item of list) sampler.add(item);
      return JSON.stringify([sampler.comments("2026-10"), sampler.pool("2026-10")]);
    };
    const expected = run(all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length }), (shuffled) => {
        expect(run(shuffled)).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });

  it("stays within its bounds however many comments arrive, and still counts them all", () => {
    const sampler = commentSampler({ poolSize: 200 });
    for (let i = 0; i < 10_000; i++)
      sampler.add(response(`r-${i}`, i % 3 === 0 ? 10 : 3, `Comment ${i} here`));
    const comments = sampler.comments("2026-10");
    const pool = sampler.pool("2026-10");
    expect(comments.total).toEqual({ promoter: 3334, passive: 0, detractor: 6666 });
    expect([comments.promoter.length, comments.detractor.length]).toEqual([5, 5]);
    expect([pool.promoter.length, pool.detractor.length, pool.passive.length]).toEqual([200, 200, 0]);
  });
});

describe("commentSampler: pool", () => {
  it("is empty unless asked for", () => {
    const sampler = commentSampler();
    sampler.add(response("1", 9, "Great support"));
    expect(sampler.pool("2026-10")).toEqual({ promoter: [], passive: [], detractor: [] });
  });

  it("is a uniform sample by hash, short comments included (they count for themes)", () => {
    const all = Array.from({ length: 30 }, (_, i) => `p-${i}`);
    const sampler = commentSampler({ poolSize: 12, size: 2 });
    all.forEach((id, i) => {
      sampler.add(response(id, 8, i % 2 === 0 ? "Expensive" : "The price is too high"));
    });
    expect(ids(sampler.pool("2026-10").passive)).toEqual(smallestHashes(all, 12));
    expect(sampler.comments("2026-10").passive).toHaveLength(2);
  });
});

describe("commentSampler: the comment kept", () => {
  it("copies id, score, text, submittedAt, segments and locale — never the respondent", () => {
    const sampler = commentSampler();
    sampler.add({
      id: "r-1",
      score: 9,
      submittedAt: "2026-10-10T15:00:00+03:00",
      comment: "  Отчёты понятные  ",
      segments: { region: "Russia & CIS" },
      locale: "ru",
      respondent: { email: "anna@example.com", name: "Anna" },
      drivers: { support: 5 },
      meta: { internal: true },
    });
    expect(sampler.comments("2026-10").promoter).toMatchInlineSnapshot(`
      [
        {
          "id": "r-1",
          "locale": "ru",
          "score": 9,
          "segments": {
            "region": "Russia & CIS",
          },
          "submittedAt": "2026-10-10T15:00:00+03:00",
          "text": "Отчёты понятные",
        },
      ]
    `);
  });

  it("hands out copies: editing one does not change the sampler", () => {
    const sampler = commentSampler();
    sampler.add(response("1", 9, "Great support", { segments: { region: "Europe" } }));
    const first = sampler.comments("2026-10").promoter[0]!;
    first.text = "edited";
    first.segments.region = "edited";
    expect(sampler.comments("2026-10").promoter[0]).toMatchObject({
      text: "Great support",
      segments: { region: "Europe" },
    });
  });

  it.each([
    [
      "keeps markup as it is (templates escape)",
      "</style><script>alert(1)</script>",
      1000,
      "</style><script>alert(1)</script>",
    ],
    ["trims", "\n  Great  \n", 1000, "Great"],
    ["keeps inner line breaks", "Line one\nLine two", 1000, "Line one\nLine two"],
    ["caps at maxLength with an ellipsis", "abcdefghij", 5, "abcd…"],
    ["counts characters, not UTF-16 units", "😀😀😀😀😀😀", 4, "😀😀😀…"],
    ["keeps a text of exactly maxLength", "abcde", 5, "abcde"],
  ])("%s", (_, comment, maxLength, text) => {
    const sampler = commentSampler({ maxLength, minWords: 0 });
    sampler.add(response("1", 9, comment));
    expect(texts(sampler.comments("2026-10").promoter)).toEqual([text]);
  });

  it("caps at 1,000 characters by default", () => {
    const sampler = commentSampler();
    sampler.add(response("1", 2, "word ".repeat(500)));
    const [kept] = sampler.comments("2026-10").detractor;
    expect(Array.from(kept!.text)).toHaveLength(1000);
    expect(kept!.text.endsWith("word…") || kept!.text.endsWith("wo…")).toBe(true);
  });
});

describe("commentSampler: duplicate ids", () => {
  const older = response("x", 3, "Support never replied", { submittedAt: "2026-10-01T09:00:00Z" });
  const newer = response("x", 10, "They fixed it, thank you", { submittedAt: "2026-10-05T09:00:00Z" });

  it.each<[string, CommentSamplerOptions["duplicates"], SurveyResponse[], string[]]>([
    ["keep-latest, older read first", "keep-latest", [older, newer], ["They fixed it, thank you"]],
    ["keep-latest, newer read first", "keep-latest", [newer, older], ["They fixed it, thank you"]],
    ["keep-first", "keep-first", [older, newer], ["Support never replied"]],
    ["keep-first, newer read first", "keep-first", [newer, older], ["They fixed it, thank you"]],
    ["keep-all", "keep-all", [older, newer], ["They fixed it, thank you", "Support never replied"]],
  ])("shows what the duplicate policy keeps: %s", (_, duplicates, list, shown) => {
    const sampler = commentSampler({ duplicates });
    for (const item of list) sampler.add(item);
    const { promoter, detractor, total } = sampler.comments("2026-10");
    expect(texts([...promoter, ...detractor])).toEqual(shown);
    // The totals count what ingest passed on, before duplicates were resolved (documented).
    expect(total).toEqual({ promoter: 1, passive: 0, detractor: 1 });
  });

  it("shows an export read twice once", () => {
    const sampler = commentSampler();
    sampler.add(older);
    sampler.add({ ...older });
    expect(texts(sampler.comments("2026-10").detractor)).toEqual(["Support never replied"]);
  });
});

describe("commentSampler: periods", () => {
  it("samples every period when none is given", () => {
    const sampler = commentSampler();
    sampler.add(response("1", 9, "September praise", { submittedAt: "2026-09-10T12:00:00Z" }));
    sampler.add(response("2", 9, "October praise"));
    expect(texts(sampler.comments("2026-09").promoter)).toEqual(["September praise"]);
    expect(texts(sampler.comments("2026-10").promoter)).toEqual(["October praise"]);
    expect(sampler.comments("2025-01")).toEqual({
      total: { promoter: 0, passive: 0, detractor: 0 },
      promoter: [],
      passive: [],
      detractor: [],
    });
  });

  it("takes the grain from the period key, and reads keys as parsePeriod does", () => {
    const sampler = commentSampler({ period: "2026-Q4" });
    expect(sampler.grain).toBe("quarter");
    sampler.add(response("1", 9, "Great support", { submittedAt: "2026-11-20T12:00:00Z" }));
    expect(sampler.comments("2026-q4").total.promoter).toBe(1);
  });

  it.each<[string, () => unknown, string]>([
    [
      "another period",
      () => commentSampler({ period: "2026-10" }).comments("2026-09"),
      "the comment sampler kept the comments of 2026-10 only, not of 2026-09",
    ],
    [
      "a period of another grain",
      () => commentSampler().comments("2026-W44"),
      "period 2026-W44 is a week, but comments are by month",
    ],
    [
      "a period that does not match the grain",
      () => commentSampler({ period: "2026-10", grain: "week" }),
      "comment period 2026-10 is a month, but the grain is week",
    ],
  ])("refuses %s", (_, action, message) => {
    expect(thrown(action)).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT", message });
  });
});

describe("commentSampler: options", () => {
  it.each<[string, CommentSamplerOptions]>([
    ["a negative size", { size: -1 }],
    ["a fractional pool size", { poolSize: 2.5 }],
    ["a maxLength of 0", { maxLength: 0 }],
    ["a negative minWords", { minWords: -1 }],
  ])("refuses %s", (_, options) => {
    expect(thrown(() => commentSampler(options))).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
  });

  it.each<[string, CommentSamplerOptions, string]>([
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "NPSKIT_E_TIME_ZONE"],
    ["an unknown grain", { grain: "day" as "month" }, "NPSKIT_E_PERIOD"],
    ["an unreadable period", { period: "October" }, "NPSKIT_E_PERIOD"],
  ])("refuses %s", (_, options, code) => {
    expect(thrown(() => commentSampler(options))).toMatchObject({ code });
  });

  it("selects none with size 0, but still counts", () => {
    const sampler = commentSampler({ size: 0 });
    sampler.add(response("1", 9, "Great support"));
    expect(sampler.comments("2026-10")).toMatchObject({ total: { promoter: 1 }, promoter: [] });
  });
});

describe("commentSampler as ingest's onResponse", () => {
  it("receives the valid responses, and nothing rejected", async () => {
    const sampler = commentSampler({ timeZone: "Europe/Moscow", period: "2026-10" });
    await ingest({
      sources: [
        arraySource("test:crm", [
          [
            recordAt(2, response("1", 10, "Reports are clear")),
            recordAt(3, { ...response("2", 11, "Score out of range"), score: 11 }),
            recordAt(4, response("3", 4, "Billing charged us twice")),
          ],
        ]),
      ],
      timeZone: "Europe/Moscow",
      onResponse: sampler.add,
    });
    const { total, promoter, detractor } = sampler.comments("2026-10");
    expect(total).toEqual({ promoter: 1, passive: 0, detractor: 1 });
    expect(texts([...promoter, ...detractor])).toEqual(["Reports are clear", "Billing charged us twice"]);
  });
});
