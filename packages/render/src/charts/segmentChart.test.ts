import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { reportContext } from "../../test/reportContext.js";
import { segmentChart } from "./segmentChart.js";
import { measureText } from "./textMeasurer.js";

const LONG = "Северо-Западный федеральный округ и Калининградская область";

/** Texts of the SVG with their x position (the y-axis labels are right-aligned at the plot's left edge). */
function texts(svg: string): { text: string; anchor: string; x: number }[] {
  return [
    ...svg.matchAll(
      /<text [^>]*text-anchor="(\w+)"[^>]*transform="translate\(([\d.]+) [\d.]+\)"[^>]*>([^<]*)</g,
    ),
  ].map((m) => ({ anchor: m[1] ?? "", x: Number(m[2]), text: m[3] ?? "" }));
}

describe("segmentChart", () => {
  it("cuts a long Russian label at a width measured in the brand font, so it never reaches the plot", async () => {
    const model = fixtureModel("ru");
    const table = model.segments[0]!;
    table.rows[0]!.value = LONG;
    const ctx = await reportContext(model);
    const { svg } = segmentChart(ctx, table, 0);
    const labels = texts(svg).filter((t) => t.anchor === "end");
    const cut = labels.find((t) => t.text.startsWith("Северо-Западный"));
    expect(cut?.text.endsWith("...")).toBe(true);
    // The label's real width (fontkit, 11 px) fits in the room before the plot.
    const plotLeft = Math.ceil(ctx.width / 3) + 2 + 14;
    expect(measureText(ctx.brand.font, cut!.text, 11, 400)).toBeLessThanOrEqual(plotLeft - 8 + 1);
    // Short labels are whole.
    expect(labels.map((t) => t.text)).toEqual(expect.arrayContaining(["Europe", "APAC"]));
  });

  it("gives a label that fits all of its letters (no early ellipsis)", async () => {
    const ctx = await reportContext(fixtureModel("en"));
    const labels = texts(segmentChart(ctx, ctx.model.segments[0]!, 0).svg).map((t) => t.text);
    expect(labels).toEqual(expect.arrayContaining(["North America", "Russia & CIS".replace("&", "&amp;")]));
  });

  it("describes every group with its interval", async () => {
    const ctx = await reportContext(fixtureModel("en"));
    expect(segmentChart(ctx, ctx.model.segments[1]!, 1).description).toMatchInlineSnapshot(
      `"NPS by Plan with 95% confidence intervals: Free 25 (10 to 39); Pro 39 (21 to 54); Enterprise 53 (16 to 75). Overall NPS 33."`,
    );
  });

  it("shows at most the 15 largest groups and says so (the table lists them all)", async () => {
    const model = fixtureModel("en");
    const row = model.segments[0]!.rows[0]!;
    model.segments = [
      {
        dimension: "country",
        rows: Array.from({ length: 40 }, (_, i) => ({ ...row, value: `Country ${i + 1}` })),
      },
    ];
    const ctx = await reportContext(model);
    const figure = segmentChart(ctx, model.segments[0]!, 0);
    const labels = texts(figure.svg).filter((t) => t.anchor === "end" && t.text.startsWith("Country"));
    expect(labels.map((t) => t.text)).toEqual(Array.from({ length: 15 }, (_, i) => `Country ${i + 1}`));
    expect(
      figure.description.endsWith("The chart shows the 15 largest of 40 groups; the table lists them all."),
    ).toBe(true);
  });

  it("uses one scale for all dimensions, so the charts compare", async () => {
    const ctx = await reportContext(fixtureModel("en"));
    const ticks = (index: number) =>
      texts(segmentChart(ctx, ctx.model.segments[index]!, index).svg)
        .filter((t) => t.anchor === "middle" && /^[−\d]+$/.test(t.text))
        .map((t) => `${t.text}@${t.x}`);
    expect(ticks(0).length).toBeGreaterThan(4);
    expect(ticks(0)).toEqual(ticks(2));
  });
});
