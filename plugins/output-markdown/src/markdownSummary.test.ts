import { describe, expect, it } from "vitest";
import { reportModel } from "../test/reportModel.js";
import { markdownSummary } from "./markdownSummary.js";

describe("markdownSummary", () => {
  it("summarises the report in English", () => {
    expect(markdownSummary(reportModel("en"))).toMatchInlineSnapshot(`
      "### Net Promoter Score — October 2026

      - **NPS 33** (95% confidence interval 22 to 43) from 196 answered responses.
      - **↑ +17** vs September 2026 (16): statistically significant (p = 0.03).
      - Target 30: 3 points above.

      | Promoters | Passives | Detractors |
      | ---: | ---: | ---: |
      | 51% | 31% | 18% |

      #### Segments furthest from overall

      | Segment | Answered | NPS | vs overall |
      | --- | ---: | ---: | ---: |
      | plan: Enterprise | 19 | 53 | +19 |
      | region: APAC | 27 | 52 | +19 |
      | region: Europe | 58 | 19 | −14 |
      | channel: email | 70 | 43 | +10 |
      | region: Russia &amp; CIS | 43 | 42 | +9 |

      #### Recommendations

      1. **Make exports reliable before adding features** — Export problems come up in more detractor comments than any other theme.
      2. **Explain the value of the Free plan's upgrade path** — Free is half of the answers and 8 points below everyone else.
      3. **Call back detractors who agreed to be contacted** — Detractors who agreed to be contacted are waiting for an answer.

      **Data quality:** 2,392 records read — 2,296 accepted, 92 without a score, 4 rejected, 0 duplicates. Rejected records: \`nps-2026-10.quarantine.ndjson\`.

      <sub>Adjusted Wald 95% intervals · ↑ ↓ significant vs the rest of customers · npskit</sub>
      "
    `);
  });

  it("and in Russian, with Russian plurals and number formats", () => {
    expect(markdownSummary(reportModel("ru"))).toMatchInlineSnapshot(`
      "### Индекс NPS — октябрь 2026 г.

      - **NPS 33** (доверительный интервал 95 %: от 22 до 43), 196 ответов с оценкой.
      - **↑ +17** к прошлому периоду (сентябрь 2026 г.: 16): статистически значимо (p = 0,03).
      - Цель 30: выше на 3 пункта.

      | Промоутеры | Нейтральные | Критики |
      | ---: | ---: | ---: |
      | 51 % | 31 % | 18 % |

      #### Сегменты, сильнее всего отличающиеся от общего индекса

      | Сегмент | Ответов | NPS | К общему |
      | --- | ---: | ---: | ---: |
      | plan: Enterprise | 19 | 53 | +19 |
      | region: APAC | 27 | 52 | +19 |
      | region: Europe | 58 | 19 | −14 |
      | channel: email | 70 | 43 | +10 |
      | region: Russia &amp; CIS | 43 | 42 | +9 |

      #### Рекомендации

      1. **Сначала сделать выгрузку надёжной, потом добавлять функции** — Проблемы с выгрузкой упоминаются в комментариях критиков чаще других тем.
      2. **Объяснить ценность перехода с бесплатного тарифа** — Тариф Free — половина ответов, и его NPS на 8 пунктов ниже остальных.
      3. **Перезвонить критикам, согласившимся на контакт** — Критики, согласившиеся на контакт, ждут ответа.

      **Качество данных:** прочитано записей — 2 392: принято 2 296, без оценки 92, отклонено 4, дубликатов 0. Отклонённые записи: \`nps-2026-10.quarantine.ndjson\`.

      <sub>Интервалы 95 %, скорректированный метод Вальда · ↑ ↓ значимо к остальным клиентам · npskit</sub>
      "
    `);
  });

  it("marks significant segments and says when a change may be chance", () => {
    const model = reportModel("en");
    model.segments[0]!.rows[3]!.versusRest!.significant = true;
    model.segments[0]!.rows[1]!.versusRest!.significant = true;
    model.change = { ...model.change!, difference: -4.6, p: 0.21, significant: false };
    const text = markdownSummary(model);
    expect(text).toContain("| region: APAC | 27 | 52 | +19 ↑ |");
    expect(text).toContain("| region: Europe | 58 | 19 | \u221214 ↓ |");
    expect(text).toContain(
      "- **↓ \u22125** vs September 2026 (16): within the margin of error (p\u00a0=\u00a00.21).",
    );
  });

  it("escapes segment names so they cannot break the table, ping people or inject HTML", () => {
    const model = reportModel("en");
    model.segments[0]!.rows[3]!.value = "| @ops <script>alert(1)</script> #1\nnext";
    const text = markdownSummary(model);
    expect(text).toContain("| region: \\| &#64;ops &lt;script&gt;alert(1)&lt;/script&gt; &#35;1 next | 27 |");
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("@ops");
  });

  it("says so when nobody answered", () => {
    const model = reportModel("ru");
    model.overall = {
      ...model.overall,
      answered: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      displayedShares: null,
      nps: null,
      displayed: null,
      interval: null,
      marginOfError: null,
    };
    model.change = null;
    model.segments = [];
    const text = markdownSummary(model);
    expect(text).toContain(
      "- **Индекса нет**: за октябрь 2026 г. никто не ответил на вопрос о готовности рекомендовать.",
    );
    expect(text).toContain("Разбивки по сегментам нет.");
    expect(text).not.toContain("| ---: | ---: | ---: |");
  });
});
