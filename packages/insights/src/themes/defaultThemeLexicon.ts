import type { ThemeLexicon } from "./themeLexicon.js";

// Areas follow the five areas of improvement. What the company must change in what it delivers is
// "product" (speed, reliability, usability, features, delivery); what people do is "training" (support,
// staff); what customers must understand is "communication": price (value for money is mostly a question
// of which plan fits and what it includes — list prices are rarely the first lever), billing (surprises on
// an invoice) and onboarding (documentation and first steps).
//
// Russian terms list several forms where the Snowball stemmer gives related forms different stems
// ("дорого" → "дор", "дорогой" → "дорог"). Known ambiguity: "цен" is also the stem of "ценю" ("I value"),
// and "дорог" of "дорога" ("road"); both are rare in survey comments and accepted.

/**
 * The built-in theme lexicon: ten themes common in NPS comments of software and service companies, with
 * English and Russian terms (stemmed at load, so inflections match). A user lexicon file adds to or
 * replaces these (see `loadThemeLexicon`).
 */
export const defaultThemeLexicon: ThemeLexicon = {
  themes: [
    {
      id: "price",
      label: { en: "Price", ru: "Цена" },
      area: "communication",
      terms: {
        en: [
          "price",
          "pricing",
          "expensive",
          "overpriced",
          "cost",
          "costly",
          "cheap",
          "afford",
          "value for money",
        ],
        ru: [
          "цена",
          "цены",
          "стоимость",
          "дорого",
          "дорогой",
          "дороговато",
          "дороже",
          "подорожание",
          "тариф",
          "переплата",
        ],
      },
    },
    {
      id: "billing",
      label: { en: "Billing", ru: "Счета и оплата" },
      area: "communication",
      terms: {
        en: [
          "billing",
          "bill",
          "invoice",
          "charged",
          "charge",
          "refund",
          "payment",
          "subscription",
          "renewal",
        ],
        ru: ["счет", "счета", "списание", "списали", "оплата", "платеж", "возврат", "подписка", "продление"],
      },
    },
    {
      id: "support",
      label: { en: "Support", ru: "Поддержка" },
      area: "training",
      terms: {
        en: [
          "support",
          "helpdesk",
          "ticket",
          "reply",
          "replied",
          "respond",
          "response",
          "answer",
          "answered",
          "customer service",
        ],
        ru: [
          "поддержка",
          "техподдержка",
          "тикет",
          "заявка",
          "обращение",
          "ответ",
          "ответили",
          "ответила",
          "отвечают",
          "помощь",
        ],
      },
    },
    {
      id: "staff",
      label: { en: "Staff", ru: "Сотрудники" },
      area: "training",
      terms: {
        en: ["staff", "manager", "employee", "agent", "rude", "polite", "friendly", "sales", "consultant"],
        ru: [
          "сотрудник",
          "сотрудники",
          "менеджер",
          "персонал",
          "оператор",
          "консультант",
          "вежливый",
          "грубый",
          "хамство",
        ],
      },
    },
    {
      id: "speed",
      label: { en: "Speed", ru: "Скорость" },
      area: "product",
      terms: {
        en: ["slow", "fast", "speed", "quick", "lag", "laggy", "loading", "performance", "wait"],
        ru: [
          "медленно",
          "медленный",
          "быстро",
          "быстрый",
          "скорость",
          "тормозит",
          "тормоза",
          "долго",
          "ждать",
          "загрузка",
        ],
      },
    },
    {
      id: "reliability",
      label: { en: "Reliability", ru: "Надёжность" },
      area: "product",
      terms: {
        en: [
          "crash",
          "crashed",
          "bug",
          "buggy",
          "error",
          "broken",
          "outage",
          "downtime",
          "lost",
          "stable",
          "reliable",
          "not working",
        ],
        ru: [
          "падает",
          "упал",
          "вылетает",
          "сбой",
          "ошибка",
          "баг",
          "глючит",
          "теряются",
          "потеря",
          "стабильно",
          "надежно",
          "не работает",
        ],
      },
    },
    {
      id: "usability",
      label: { en: "Ease of use", ru: "Удобство" },
      area: "product",
      terms: {
        en: [
          "interface",
          "ui",
          "usability",
          "confusing",
          "intuitive",
          "easy",
          "clear",
          "complicated",
          "navigation",
          "design",
        ],
        ru: [
          "интерфейс",
          "удобно",
          "удобный",
          "неудобно",
          "неудобный",
          "понятный",
          "непонятно",
          "сложно",
          "запутанный",
          "дизайн",
        ],
      },
    },
    {
      id: "features",
      label: { en: "Features", ru: "Возможности" },
      area: "product",
      terms: {
        en: ["feature", "integration", "missing", "functionality", "option", "capability", "not available"],
        ru: [
          "функция",
          "функционал",
          "возможность",
          "интеграция",
          "интеграции",
          "не хватает",
          "нет возможности",
        ],
      },
    },
    {
      id: "delivery",
      label: { en: "Delivery", ru: "Доставка" },
      area: "product",
      terms: {
        en: ["delivery", "delivered", "shipping", "shipment", "courier", "package", "late", "delay"],
        ru: ["доставка", "доставили", "курьер", "посылка", "отправка", "задержка", "опоздание", "привезли"],
      },
    },
    {
      id: "onboarding",
      label: { en: "Onboarding and docs", ru: "Подключение и документация" },
      area: "communication",
      terms: {
        en: [
          "setup",
          "onboarding",
          "documentation",
          "docs",
          "guide",
          "tutorial",
          "training",
          "learning curve",
        ],
        ru: [
          "настройка",
          "подключение",
          "документация",
          "инструкция",
          "обучение",
          "руководство",
          "внедрение",
        ],
      },
    },
  ],
};
