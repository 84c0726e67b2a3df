// The ConfigData JSON Schema (2020-12), as a module.
// Generated from schema/config.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

export const configSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://npskit.dev/schema/config.schema.json",
  "title": "ConfigData",
  "description": "npskit configuration (npskit.config.ts / .json). Plugins (sources, outputs) are objects made by plugin factories; every other setting is plain data described here.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "sources": {
      "description": "Where responses come from, read in this order.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/plugin"
      },
      "default": []
    },
    "outputs": {
      "description": "What is written from the report, in this order.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/plugin"
      },
      "default": []
    },
    "rules": {
      "description": "Extra recommendation rules (plugin objects made by `defineRule` factories), run after the built-in ones.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/plugin"
      },
      "default": []
    },
    "analysis": {
      "title": "AnalysisConfig",
      "description": "How responses are grouped and scored.",
      "type": "object",
      "additionalProperties": false,
      "default": {},
      "properties": {
        "timeZone": {
          "description": "IANA time zone in which calendar periods start and end.",
          "type": "string",
          "default": "UTC",
          "examples": [
            "Europe/Moscow"
          ]
        },
        "period": {
          "description": "Reporting period: month, ISO week, quarter or year.",
          "enum": [
            "month",
            "week",
            "quarter",
            "year"
          ],
          "default": "month"
        },
        "segments": {
          "description": "Segment dimensions to compare groups by (each a key of the responses' `segments`).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "uniqueItems": true,
          "default": [],
          "examples": [
            [
              "region",
              "plan"
            ]
          ]
        },
        "target": {
          "description": "Target NPS in points, shown in reports and usable as a quality gate; null for none.",
          "type": [
            "number",
            "null"
          ],
          "minimum": -100,
          "maximum": 100,
          "default": null
        },
        "interval": {
          "title": "IntervalConfig",
          "description": "Confidence intervals and tests.",
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "properties": {
            "method": {
              "description": "Interval method: adjusted Wald (recommended), Wald, or the iterative score interval.",
              "enum": [
                "adjusted-wald",
                "wald",
                "score"
              ],
              "default": "adjusted-wald"
            },
            "level": {
              "description": "Confidence level, as a fraction.",
              "type": "number",
              "exclusiveMinimum": 0,
              "exclusiveMaximum": 1,
              "default": 0.95,
              "examples": [
                0.95
              ]
            }
          }
        },
        "rounding": {
          "title": "RoundingConfig",
          "description": "How NPS is rounded for display (exact values are kept inside).",
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "properties": {
            "decimals": {
              "description": "Decimal places shown.",
              "type": "integer",
              "minimum": 0,
              "maximum": 4,
              "default": 0
            },
            "mode": {
              "description": "exact: round the exact NPS half away from zero; percentages-first: round the promoter and detractor percentages first, as SurveyMonkey's calculator does.",
              "enum": [
                "exact",
                "percentages-first"
              ],
              "default": "exact"
            }
          }
        }
      }
    },
    "insights": {
      "title": "InsightsConfig",
      "description": "Recommendations and the analysis behind them.",
      "type": "object",
      "additionalProperties": false,
      "default": {},
      "properties": {
        "disable": {
          "description": "Names of built-in rules to turn off, e.g. \"npskit:benchmark\".",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "uniqueItems": true,
          "default": [],
          "examples": [
            [
              "npskit:passives"
            ]
          ]
        },
        "targetDate": {
          "description": "Date by which `analysis.target` should be reached (YYYY-MM-DD), for goal tracking; null for none.",
          "type": [
            "string",
            "null"
          ],
          "default": null,
          "examples": [
            "2027-06-30"
          ],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "benchmark": {
          "description": "Benchmark file (industry, source, year, mean or quartiles; see @npskit/insights' benchmark.schema.json), relative to the config file; null for none.",
          "type": [
            "string",
            "null"
          ],
          "minLength": 1,
          "default": null
        },
        "themes": {
          "description": "Theme lexicon file adding or replacing themes (id, label and terms per language), relative to the config file; null for the built-in lexicon.",
          "type": [
            "string",
            "null"
          ],
          "minLength": 1,
          "default": null
        },
        "followUp": {
          "title": "FollowUpConfig",
          "description": "Closing the loop with detractors who consented to be contacted.",
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "properties": {
            "names": {
              "description": "Show their names and e-mails in the report (otherwise counts only).",
              "type": "boolean",
              "default": false
            },
            "list": {
              "description": "Write the follow-up list as CSV next to the reports (nps-<period>.follow-up.csv).",
              "type": "boolean",
              "default": true
            }
          }
        }
      }
    },
    "locale": {
      "description": "Language of reports and their number and date formats.",
      "enum": [
        "en",
        "ru"
      ],
      "default": "en"
    },
    "brand": {
      "description": "Brand file of the reports (name, logo, colours, font, page size, footer; see @npskit/render's brand.schema.json), relative to the config file; null for npskit's default brand.",
      "type": [
        "string",
        "null"
      ],
      "minLength": 1,
      "default": null,
      "examples": [
        "brand/brand.json"
      ]
    },
    "template": {
      "description": "Folder overriding the default report template file by file (layout.hbs, report.css, partials/, locales/), relative to the config file; null for the default template.",
      "type": [
        "string",
        "null"
      ],
      "minLength": 1,
      "default": null,
      "examples": [
        "templates/monthly"
      ]
    },
    "outDir": {
      "description": "Folder that reports, quarantine files and other outputs are written to, relative to the config file.",
      "type": "string",
      "minLength": 1,
      "default": "reports"
    }
  },
  "$defs": {
    "plugin": {
      "description": "A plugin object as returned by a plugin factory: a namespaced name plus hooks.",
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "examples": [
            "npskit:csv"
          ]
        }
      },
      "title": "PluginObject"
    }
  }
} as const;
