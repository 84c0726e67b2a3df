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
    },
    "serve": {
      "title": "ServeConfig",
      "description": "The webhook receiver `npskit serve`: where it listens, where it stores deliveries, which endpoints it serves. Secrets are better read from the environment (`process.env.…` in npskit.config.ts) than written here; command-line flags and environment variables override them.",
      "type": "object",
      "additionalProperties": false,
      "default": {},
      "properties": {
        "host": {
          "description": "Interface to listen on.",
          "type": "string",
          "minLength": 1,
          "default": "127.0.0.1"
        },
        "port": {
          "description": "Port to listen on.",
          "type": "integer",
          "minimum": 0,
          "maximum": 65535,
          "default": 8787
        },
        "store": {
          "description": "SQLite store of the deliveries, relative to the config file; created on first start.",
          "type": "string",
          "minLength": 1,
          "default": "responses.db"
        },
        "bodyLimitBytes": {
          "description": "Largest request body accepted (413 above).",
          "type": "integer",
          "minimum": 1,
          "default": 1048576
        },
        "rateLimit": {
          "title": "ServeRateLimit",
          "description": "Requests per second per sender endpoint (429 with Retry-After above).",
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "properties": {
            "perSecond": {
              "description": "Sustained requests per second.",
              "type": "number",
              "exclusiveMinimum": 0,
              "default": 5000
            },
            "burst": {
              "description": "Requests allowed at once after a quiet spell.",
              "type": "number",
              "minimum": 1,
              "default": 10000
            }
          }
        },
        "endpoints": {
          "title": "ServeEndpoints",
          "description": "Endpoints served at /webhooks/{name}; one left out answers 404.",
          "type": "object",
          "additionalProperties": false,
          "default": {},
          "properties": {
            "generic": {
              "title": "GenericEndpoint",
              "description": "npskit responses, one or {\"responses\": [...]}, with `Authorization: Bearer <token>`.",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "token"
              ],
              "properties": {
                "token": {
                  "description": "The Bearer token senders present.",
                  "type": "string",
                  "minLength": 1
                },
                "source": {
                  "description": "Set as `source` on responses from this endpoint that do not name one.",
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "standard": {
              "title": "StandardEndpoint",
              "description": "npskit responses signed per Standard Webhooks.",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "secret"
              ],
              "properties": {
                "secret": {
                  "description": "Signing secret, whsec_ followed by base64.",
                  "type": "string",
                  "minLength": 1,
                  "pattern": "^whsec_"
                },
                "source": {
                  "description": "Set as `source` on responses from this endpoint that do not name one.",
                  "type": "string",
                  "minLength": 1
                },
                "toleranceSeconds": {
                  "description": "How far webhook-timestamp may be from now, either way, in seconds.",
                  "type": "integer",
                  "minimum": 0,
                  "default": 300
                }
              }
            },
            "typeform": {
              "title": "TypeformEndpoint",
              "description": "Typeform form_response events.",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "secret"
              ],
              "properties": {
                "secret": {
                  "description": "The webhook's secret.",
                  "type": "string",
                  "minLength": 1
                },
                "npsField": {
                  "description": "Id or ref of the NPS field (default: the form's only field of type nps).",
                  "type": "string",
                  "minLength": 1
                },
                "commentField": {
                  "description": "Id or ref of the field whose text becomes the comment.",
                  "type": "string",
                  "minLength": 1
                },
                "segments": {
                  "description": "Hidden fields that become segments (default: all but the e-mail one).",
                  "type": "array",
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "emailHiddenField": {
                  "description": "Hidden field carrying the respondent's e-mail.",
                  "type": "string",
                  "minLength": 1
                },
                "source": {
                  "description": "Set as `source` on responses from this endpoint that do not name one.",
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "surveymonkey": {
              "title": "SurveyMonkeyEndpoint",
              "description": "SurveyMonkey events; each response is fetched from the API.",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "apiKey",
                "apiSecret",
                "token"
              ],
              "properties": {
                "apiKey": {
                  "description": "API key or client id (first half of the signing key).",
                  "type": "string",
                  "minLength": 1
                },
                "apiSecret": {
                  "description": "API secret (second half of the signing key).",
                  "type": "string",
                  "minLength": 1
                },
                "token": {
                  "description": "Access token for the API.",
                  "type": "string",
                  "minLength": 1
                },
                "apiBase": {
                  "description": "API base URL.",
                  "type": "string",
                  "minLength": 1,
                  "default": "https://api.surveymonkey.com"
                },
                "questionId": {
                  "description": "Id of the NPS question, when a survey has more than one 11-choice question.",
                  "type": "string",
                  "minLength": 1
                },
                "commentQuestionId": {
                  "description": "Id of an open-ended question whose text becomes the comment.",
                  "type": "string",
                  "minLength": 1
                },
                "source": {
                  "description": "Set as `source` on responses from this endpoint that do not name one.",
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "delighted": {
              "title": "DelightedEndpoint",
              "description": "Delighted-style survey_response.created/updated events.",
              "type": "object",
              "additionalProperties": false,
              "required": [
                "apiKey"
              ],
              "properties": {
                "apiKey": {
                  "description": "API key the deliveries are signed with.",
                  "type": "string",
                  "minLength": 1
                },
                "source": {
                  "description": "Set as `source` on responses from this endpoint that do not name one.",
                  "type": "string",
                  "minLength": 1
                }
              }
            }
          }
        }
      }
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
