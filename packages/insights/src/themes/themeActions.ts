import type { Locale } from "../localeText.js";
import type { ThemeArea, ThemeLexicon } from "./themeLexicon.js";

type Texts = Readonly<Record<Locale, readonly string[]>>;

/** Next steps for the built-in themes: what a CX consultant would propose first for each complaint. */
const BY_THEME: Readonly<Record<string, Texts>> = {
  price: {
    en: [
      "Check whether the detractors who mention price are on the plan that fits their use; offer a switch where it does not",
      "Show the value in numbers on the pricing page and at renewal: time saved, results, what each plan includes",
      "Test a smaller entry plan or annual discount with the price-sensitive segment before changing list prices",
    ],
    ru: [
      "Проверьте, на подходящем ли тарифе критики, которые пишут о цене; где нет — предложите перейти",
      "Покажите ценность в цифрах на странице тарифов и при продлении: сэкономленное время, результат, что входит в тариф",
      "Прежде чем менять цены, проверьте на чувствительном к цене сегменте младший тариф или скидку за год",
    ],
  },
  billing: {
    en: [
      "Audit last month's double or unexpected charges and refund them proactively",
      "Send a clear notice before every charge and renewal, with the amount and how to change the plan",
      "Give the billing team a one-day resolution target for payment complaints",
    ],
    ru: [
      "Проверьте двойные и неожиданные списания за месяц и верните их, не дожидаясь обращений",
      "Предупреждайте о каждом списании и продлении: сумма и как сменить тариф",
      "Установите для отдела биллинга срок решения жалоб на оплату — один рабочий день",
    ],
  },
  support: {
    en: [
      "Set and publish a first-response target (e.g. 4 business hours) and track it weekly",
      "Review the unanswered and reopened tickets of detractors and call them back",
      "Train agents on the top five issues from these comments, with ready answers",
    ],
    ru: [
      "Установите и опубликуйте срок первого ответа (например, 4 рабочих часа) и отслеживайте его еженедельно",
      "Разберите неотвеченные и переоткрытые обращения критиков и перезвоните им",
      "Обучите сотрудников поддержки пяти самым частым вопросам из комментариев, с готовыми ответами",
    ],
  },
  staff: {
    en: [
      "Review the conversations detractors describe with the team leads",
      "Run service-standard and de-escalation training for customer-facing staff",
      "Add a post-contact rating so coaching can target specific situations",
    ],
    ru: [
      "Разберите с руководителями групп разговоры, о которых пишут критики",
      "Проведите обучение стандартам сервиса и работе с недовольными клиентами",
      "Добавьте оценку после контакта, чтобы обучать на конкретных ситуациях",
    ],
  },
  speed: {
    en: [
      "Measure load and response times on the screens detractors name, on mobile too",
      "Set a performance budget for those screens and put the fixes on the next release plan",
      "Tell customers what was sped up in the release notes",
    ],
    ru: [
      "Измерьте время загрузки и отклика экранов, которые называют критики, в том числе в мобильном приложении",
      "Задайте для этих экранов бюджет производительности и включите исправления в ближайший релиз",
      "Расскажите клиентам в заметках к релизу, что стало быстрее",
    ],
  },
  reliability: {
    en: [
      "Find the crashes and errors behind these comments in logs and error reports and fix the most frequent first",
      "Protect users' work: autosave and safe retries where data was lost",
      "Contact the affected customers once fixed, and report stability monthly",
    ],
    ru: [
      "Найдите сбои и ошибки, о которых пишут, в логах и отчётах об ошибках и исправьте сначала самые частые",
      "Защитите работу пользователей: автосохранение и безопасный повтор там, где терялись данные",
      "После исправления свяжитесь с пострадавшими клиентами; отчитывайтесь о стабильности ежемесячно",
    ],
  },
  usability: {
    en: [
      "Run five usability sessions on the flows detractors mention",
      "Announce interface changes in advance and keep the old layout available for a transition period",
      "Add in-product hints where users get lost",
    ],
    ru: [
      "Проведите пять юзабилити-тестов сценариев, которые упоминают критики",
      "Предупреждайте об изменениях интерфейса заранее и оставляйте прежний вариант на переходный период",
      "Добавьте подсказки в продукте там, где пользователи теряются",
    ],
  },
  features: {
    en: [
      "Collect the requested features and integrations with the accounts that ask for them, and size the demand",
      "Share the roadmap for the most requested ones with the customers who asked",
      "Offer a workaround (export, API, partner integration) until it ships",
    ],
    ru: [
      "Соберите запрошенные функции и интеграции вместе с клиентами, которые их просят, и оцените спрос",
      "Поделитесь планами по самым востребованным с клиентами, которые о них просили",
      "Предложите обходной путь (выгрузка, API, партнёрская интеграция) до выхода функции",
    ],
  },
  delivery: {
    en: [
      "Track on-time delivery by carrier and region and address the worst lane first",
      "Send proactive tracking and delay notices",
      "Compensate late deliveries by a clear rule",
    ],
    ru: [
      "Отслеживайте своевременность доставки по перевозчикам и регионам и начните с худшего направления",
      "Сообщайте статус и задержки заранее",
      "Компенсируйте опоздания по понятному правилу",
    ],
  },
  onboarding: {
    en: [
      "Turn the questions in these comments into a short getting-started guide",
      "Offer a guided setup call to new accounts",
      "Check documentation pages for gaps with the support team",
    ],
    ru: [
      "Превратите вопросы из комментариев в короткое руководство по началу работы",
      "Предложите новым клиентам созвон для настройки",
      "Вместе с поддержкой найдите пробелы в документации",
    ],
  },
};

/** Next steps by area, for themes without their own (user themes without actions, data-driven themes). */
const BY_AREA: Readonly<Record<ThemeArea, Texts>> = {
  product: {
    en: [
      "Read all comments on this theme with the product team and list the concrete problems",
      "Put the top problem on the next release plan and tell the customers who raised it",
    ],
    ru: [
      "Прочитайте вместе с командой продукта все комментарии на эту тему и составьте список конкретных проблем",
      "Включите главную проблему в план ближайшего релиза и сообщите об этом клиентам, которые о ней писали",
    ],
  },
  training: {
    en: [
      "Review the situations described with the team leads",
      "Train the team on them, with examples from these comments",
    ],
    ru: [
      "Разберите описанные ситуации с руководителями групп",
      "Обучите команду на этих примерах из комментариев",
    ],
  },
  communication: {
    en: [
      "Find out what customers expected and where they got that expectation",
      "Explain it clearly where customers decide: website, onboarding, renewal messages",
    ],
    ru: [
      "Выясните, чего ожидали клиенты и откуда у них это ожидание",
      "Объясните это там, где клиенты принимают решение: на сайте, при подключении, в письмах о продлении",
    ],
  },
  feedback: {
    en: [
      "Read the comments with this word and decide what it is about",
      "Add a follow-up question on it to the next survey",
      "Add the theme to the lexicon once it is understood",
    ],
    ru: [
      "Прочитайте комментарии с этим словом и решите, о чём они",
      "Добавьте уточняющий вопрос об этом в следующий опрос",
      "Когда тема станет понятна, добавьте её в словарь тем",
    ],
  },
  goals: {
    en: ["Set a target for this theme's share of detractor comments", "Track it monthly in this report"],
    ru: [
      "Поставьте цель по доле комментариев критиков на эту тему",
      "Отслеживайте её ежемесячно в этом отчёте",
    ],
  },
};

/**
 * Two to four next steps for a theme's recommendation, in `locale`: the lexicon's own actions for the theme
 * when it has them, else the built-in ones for the theme id, else those of its area.
 *
 * @example
 * themeActions("support", "training", "en")[0] // "Set and publish a first-response target (e.g. 4 business hours) and track it weekly"
 */
export function themeActions(
  id: string,
  area: ThemeArea,
  locale: Locale,
  lexicon?: ThemeLexicon,
): readonly string[] {
  const own = lexicon?.themes.find((theme) => theme.id === id)?.actions?.[locale];
  if (own !== undefined && own.length >= 2) return own.slice(0, 4);
  return (BY_THEME[id] ?? BY_AREA[area])[locale];
}
