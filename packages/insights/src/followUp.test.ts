import { describe, expect, it } from "vitest";
import { followUp } from "./followUp.js";

const data = {
  answered: 10,
  drivers: [],
  detractors: 4,
  consenting: 2,
  omitted: 0,
  contacts: [
    { id: "a", score: 2, submittedAt: "2026-10-02T10:00:00Z", name: "Ann" },
    { id: "b", score: 5, submittedAt: "2026-10-05T10:00:00Z" },
  ],
};

describe("followUp", () => {
  it("gives counts only by default", () => {
    expect(followUp(data)).toEqual({
      detractors: 4,
      consenting: 2,
      oldest: "2026-10-02T10:00:00Z",
      contacts: [],
    });
  });

  it("lists the contacts when names are enabled", () => {
    expect(followUp(data, { names: true }).contacts.map((contact) => contact.id)).toEqual(["a", "b"]);
  });

  it("has no oldest date without consenting detractors", () => {
    expect(followUp({ ...data, consenting: 0, contacts: [] }).oldest).toBeNull();
  });
});
