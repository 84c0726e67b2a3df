import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { reportContext } from "../../test/reportContext.js";
import { executiveSummary } from "./executiveSummary.js";

async function summary(model: ReturnType<typeof fixtureModel>): Promise<string[]> {
  const { t, format } = await reportContext(model);
  return executiveSummary(model, t, format).map((item) => `${item.label}: ${item.text}`);
}

describe("executiveSummary", () => {
  it("writes one sentence per topic from the model's numbers, in English", async () => {
    expect(await summary(fixtureModel("en"))).toMatchInlineSnapshot(`
      [
        "Score: In October 2026 the Net Promoter Score was 33 (95% confidence interval 22 to 43), from 196 answered responses.",
        "Change: Up 17 points from 16 in September 2026; the rise is statistically significant (p = 0.03).",
        "Target: 3 points above the target of 30.",
        "Customer mix: 51% promoters, 31% passives and 18% detractors.",
        "Segments: No segment differs significantly from the rest of customers; the largest gap is Enterprise (+19 vs overall).",
        "Comments: 68 customers left a comment, 24 of them detractors.",
        "Next steps: 3 recommendations follow, starting with “Make exports reliable before adding features”.",
        "Data: 4 of 2,392 input records were rejected as invalid; see Data quality.",
      ]
    `);
  });

  it("and in Russian", async () => {
    expect(await summary(fixtureModel("ru"))).toMatchInlineSnapshot(`
      [
        "Индекс: Индекс NPS за октябрь 2026 г. — 33 (доверительный интервал 95 %: от 22 до 43); ответов с оценкой — 196.",
        "Динамика: Рост на 17 пунктов по сравнению с 16 за сентябрь 2026 г.; рост статистически значим (p = 0,03).",
        "Цель: На 3 пункта выше цели 30.",
        "Структура: Промоутеры — 51 %, нейтральные — 31 %, критики — 18 %.",
        "Сегменты: Ни один сегмент значимо не отличается от остальных клиентов; наибольший разрыв — Enterprise (+19 к общему индексу).",
        "Комментарии: 68 клиентов оставили комментарий, из них критиков — 24.",
        "Что делать: Ниже 3 рекомендации, первая — «Сначала сделать выгрузку надёжной, потом добавлять функции».",
        "Данные: Отклонено как некорректные: 4 из 2 392 входных записей; подробности — в разделе «Качество данных».",
      ]
    `);
  });

  it("names the segments that differ significantly, largest gap first", async () => {
    const model = fixtureModel("en");
    const [europe, apac] = [model.segments[0]!.rows[1]!, model.segments[0]!.rows[3]!];
    europe.versusRest = { ...europe.versusRest!, significant: true };
    apac.versusRest = { ...apac.versusRest!, significant: true };
    expect((await summary(model))[4]).toBe(
      "Segments: Differing significantly from the rest of customers: APAC (+19), Europe (−14).",
    );
  });

  it("calls a change that is not significant possibly chance, and one that rounds to zero unchanged", async () => {
    const model = fixtureModel("en");
    model.change = { ...model.change!, difference: -6.2, p: 0.31, significant: false };
    expect((await summary(model))[1]).toBe(
      "Change: Down 6 points from 16 in September 2026, within the margin of error (p\u00a0=\u00a00.31): it may be chance.",
    );
    model.change = { ...model.change, difference: 0.4 };
    expect((await summary(model))[1]).toBe("Change: Unchanged from 16 in September 2026.");
  });

  it("says plainly when there is nothing to report", async () => {
    expect(await summary(fixtureModel("empty"))).toMatchInlineSnapshot(`
      [
        "Индекс: За октябрь 2026 г. никто из клиентов не ответил на вопрос о готовности рекомендовать, поэтому индекса за этот период нет.",
        "Сегменты: Разбивка по сегментам не настроена.",
        "Комментарии: В этом периоде никто не оставил комментарий.",
        "Что делать: Рекомендаций на этот период нет.",
        "Данные: Входных записей не было.",
      ]
    `);
  });
});
