// The ReportModel JSON Schema (2020-12), as a module.
// Generated from schema/report.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

export const reportSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://npskit.dev/schema/report.schema.json",
  "title": "ReportModel",
  "description": "Everything a report shows, computed by the analysis: the contract between analysis and rendering. Templates only read it; the CLI, CI and the notebook build the same document, so they never disagree. NPS values are in points (-100..100), exact unless a property says 'displayed'; shares are fractions (0..1).",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "generatedAt",
    "locale",
    "period",
    "previousPeriod",
    "scope",
    "overall",
    "previous",
    "change",
    "target",
    "distribution",
    "trend",
    "segments",
    "comments",
    "recommendations",
    "dataQuality",
    "method"
  ],
  "properties": {
    "schemaVersion": {
      "description": "Version of this schema; a breaking change increments it.",
      "const": 1
    },
    "generatedAt": {
      "description": "When the report was built (the CLI's --now), RFC 3339.",
      "type": "string",
      "format": "date-time"
    },
    "locale": {
      "description": "Language of the report.",
      "enum": [
        "en",
        "ru"
      ]
    },
    "period": {
      "$ref": "#/$defs/period"
    },
    "previousPeriod": {
      "$ref": "#/$defs/period"
    },
    "scope": {
      "description": "The group the report is about: {} for everyone, or one segment value per dimension (a report split by region).",
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "overall": {
      "$ref": "#/$defs/result"
    },
    "previous": {
      "description": "The previous period's result, for comparison; null when that period had no answered responses.",
      "oneOf": [
        {
          "$ref": "#/$defs/result"
        },
        {
          "type": "null"
        }
      ]
    },
    "change": {
      "description": "Change from the previous period (this - previous) with its z-test; null when either period has no answers.",
      "oneOf": [
        {
          "$ref": "#/$defs/comparison"
        },
        {
          "type": "null"
        }
      ]
    },
    "target": {
      "description": "Target NPS from the configuration, or null.",
      "type": [
        "number",
        "null"
      ]
    },
    "distribution": {
      "$ref": "#/$defs/histogram"
    },
    "trend": {
      "description": "Consecutive periods ending with `period`, oldest first; periods without answers are kept with nps null.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/trendPoint"
      }
    },
    "segments": {
      "description": "One table per segment dimension, for the report period.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/segmentTable"
      }
    },
    "comments": {
      "$ref": "#/$defs/comments"
    },
    "recommendations": {
      "description": "Improvement recommendations, most impactful first. An empty list is valid.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/recommendation"
      }
    },
    "dataQuality": {
      "$ref": "#/$defs/dataQuality"
    },
    "method": {
      "$ref": "#/$defs/method"
    }
  },
  "$defs": {
    "period": {
      "title": "ReportPeriod",
      "description": "A calendar period in a time zone: [start, end).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "grain",
        "key",
        "timeZone",
        "start",
        "end"
      ],
      "properties": {
        "grain": {
          "enum": [
            "month",
            "week",
            "quarter",
            "year"
          ]
        },
        "key": {
          "type": "string",
          "examples": [
            "2026-10"
          ]
        },
        "timeZone": {
          "type": "string"
        },
        "start": {
          "type": "string",
          "format": "date-time"
        },
        "end": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "interval": {
      "title": "ReportInterval",
      "description": "A confidence interval in NPS points.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "low",
        "high",
        "level",
        "method"
      ],
      "properties": {
        "low": {
          "type": "number"
        },
        "high": {
          "type": "number"
        },
        "level": {
          "type": "number",
          "exclusiveMinimum": 0,
          "exclusiveMaximum": 1
        },
        "method": {
          "enum": [
            "adjusted-wald",
            "wald",
            "score"
          ]
        }
      }
    },
    "shares": {
      "title": "ReportShares",
      "description": "Category shares of the answered responses (0..1).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "promoters",
        "passives",
        "detractors"
      ],
      "properties": {
        "promoters": {
          "type": "number"
        },
        "passives": {
          "type": "number"
        },
        "detractors": {
          "type": "number"
        }
      }
    },
    "result": {
      "title": "ReportResult",
      "description": "NPS of a group of responses.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "answered",
        "unanswered",
        "promoters",
        "passives",
        "detractors",
        "shares",
        "displayedShares",
        "nps",
        "displayed",
        "interval",
        "marginOfError"
      ],
      "properties": {
        "answered": {
          "description": "Answered responses: the NPS denominator.",
          "type": "integer",
          "minimum": 0
        },
        "unanswered": {
          "description": "Responses without a score.",
          "type": "integer",
          "minimum": 0
        },
        "promoters": {
          "type": "integer",
          "minimum": 0
        },
        "passives": {
          "type": "integer",
          "minimum": 0
        },
        "detractors": {
          "type": "integer",
          "minimum": 0
        },
        "shares": {
          "oneOf": [
            {
              "$ref": "#/$defs/shares"
            },
            {
              "type": "null"
            }
          ]
        },
        "displayedShares": {
          "description": "Category percentages as displayed (0..100), rounded half away from zero to the configured decimals; null when nothing was answered.",
          "oneOf": [
            {
              "$ref": "#/$defs/shares"
            },
            {
              "type": "null"
            }
          ]
        },
        "nps": {
          "description": "Exact NPS; null when nothing was answered.",
          "type": [
            "number",
            "null"
          ]
        },
        "displayed": {
          "description": "NPS as displayed, by the rounding rule in `method`.",
          "type": [
            "number",
            "null"
          ]
        },
        "interval": {
          "oneOf": [
            {
              "$ref": "#/$defs/interval"
            },
            {
              "type": "null"
            }
          ]
        },
        "marginOfError": {
          "description": "Half the interval width, in points.",
          "type": [
            "number",
            "null"
          ]
        }
      }
    },
    "comparison": {
      "title": "ReportComparison",
      "description": "A difference between two independent NPS values with its z-test.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "difference",
        "se",
        "z",
        "p",
        "significant",
        "interval"
      ],
      "properties": {
        "difference": {
          "description": "Exact difference in points.",
          "type": "number"
        },
        "se": {
          "type": "number"
        },
        "z": {
          "description": "Test statistic; null when infinite (both groups without variance).",
          "type": [
            "number",
            "null"
          ]
        },
        "p": {
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "significant": {
          "type": "boolean"
        },
        "interval": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "low",
            "high",
            "level",
            "method"
          ],
          "properties": {
            "low": {
              "type": "number"
            },
            "high": {
              "type": "number"
            },
            "level": {
              "type": "number"
            },
            "method": {
              "enum": [
                "adjusted-wald",
                "wald"
              ]
            }
          }
        }
      }
    },
    "histogram": {
      "title": "ReportHistogram",
      "description": "Responses per score 0..10 in the report period, plus the unanswered.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "counts",
        "unanswered"
      ],
      "properties": {
        "counts": {
          "type": "array",
          "items": {
            "type": "integer",
            "minimum": 0
          },
          "minItems": 11,
          "maxItems": 11
        },
        "unanswered": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "trendPoint": {
      "title": "ReportTrendPoint",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "period",
        "answered",
        "nps",
        "displayed",
        "interval",
        "change"
      ],
      "properties": {
        "period": {
          "$ref": "#/$defs/period"
        },
        "answered": {
          "type": "integer",
          "minimum": 0
        },
        "nps": {
          "type": [
            "number",
            "null"
          ]
        },
        "displayed": {
          "type": [
            "number",
            "null"
          ]
        },
        "interval": {
          "oneOf": [
            {
              "$ref": "#/$defs/interval"
            },
            {
              "type": "null"
            }
          ]
        },
        "change": {
          "description": "Change from the period before, with its test; null for the first point or without answers.",
          "oneOf": [
            {
              "$ref": "#/$defs/comparison"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "segmentTable": {
      "title": "ReportSegmentTable",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "dimension",
        "rows"
      ],
      "properties": {
        "dimension": {
          "description": "Segment dimension, e.g. region.",
          "type": "string"
        },
        "rows": {
          "description": "One row per value, largest group first; the value null collects responses without one.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/segmentRow"
          }
        }
      }
    },
    "segmentRow": {
      "title": "ReportSegmentRow",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "value",
        "result",
        "differenceFromOverall",
        "versusRest"
      ],
      "properties": {
        "value": {
          "type": [
            "string",
            "null"
          ]
        },
        "result": {
          "$ref": "#/$defs/result"
        },
        "differenceFromOverall": {
          "description": "This group's NPS minus the overall NPS, exact; null without answers.",
          "type": [
            "number",
            "null"
          ]
        },
        "versusRest": {
          "description": "This group compared with everyone else (independent groups, so the test is valid); null when either side has no answers.",
          "oneOf": [
            {
              "$ref": "#/$defs/comparison"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "comment": {
      "title": "ReportComment",
      "description": "A verbatim comment. Untrusted text: templates must escape it.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "score",
        "text",
        "submittedAt",
        "segments"
      ],
      "properties": {
        "id": {
          "type": "string"
        },
        "score": {
          "type": "integer",
          "minimum": 0,
          "maximum": 10
        },
        "text": {
          "type": "string"
        },
        "submittedAt": {
          "type": "string",
          "format": "date-time"
        },
        "segments": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "locale": {
          "type": "string"
        }
      }
    },
    "comments": {
      "title": "ReportComments",
      "description": "Selected comments of the report period by category, and how many there were in all.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "total",
        "promoter",
        "passive",
        "detractor"
      ],
      "properties": {
        "total": {
          "description": "Comments in the period by category (all of them, not only the selected).",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "promoter",
            "passive",
            "detractor"
          ],
          "properties": {
            "promoter": {
              "type": "integer",
              "minimum": 0
            },
            "passive": {
              "type": "integer",
              "minimum": 0
            },
            "detractor": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "promoter": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/comment"
          }
        },
        "passive": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/comment"
          }
        },
        "detractor": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/comment"
          }
        }
      }
    },
    "recommendation": {
      "title": "ReportRecommendation",
      "description": "One recommendation: what to do, in which area, and the numbers behind it. Produced by the insights rules.",
      "type": "object",
      "required": [
        "rule",
        "area",
        "title",
        "evidence",
        "actions"
      ],
      "properties": {
        "rule": {
          "description": "Namespaced name of the rule that produced it.",
          "type": "string"
        },
        "area": {
          "enum": [
            "feedback",
            "product",
            "communication",
            "training",
            "goals"
          ]
        },
        "title": {
          "type": "string"
        },
        "evidence": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "actions": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      }
    },
    "dataQuality": {
      "title": "ReportDataQuality",
      "description": "What happened to every input record (all periods): read = accepted + unanswered + rejected + duplicates.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "read",
        "accepted",
        "unanswered",
        "rejected",
        "duplicates",
        "rejectedByReason",
        "sources",
        "quarantine"
      ],
      "properties": {
        "read": {
          "type": "integer",
          "minimum": 0
        },
        "accepted": {
          "type": "integer",
          "minimum": 0
        },
        "unanswered": {
          "type": "integer",
          "minimum": 0
        },
        "rejected": {
          "type": "integer",
          "minimum": 0
        },
        "duplicates": {
          "type": "integer",
          "minimum": 0
        },
        "rejectedByReason": {
          "type": "object",
          "additionalProperties": {
            "type": "integer",
            "minimum": 0
          }
        },
        "sources": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "source",
              "read",
              "accepted",
              "unanswered",
              "rejected",
              "duplicates"
            ],
            "properties": {
              "source": {
                "type": "string"
              },
              "read": {
                "type": "integer",
                "minimum": 0
              },
              "accepted": {
                "type": "integer",
                "minimum": 0
              },
              "unanswered": {
                "type": "integer",
                "minimum": 0
              },
              "rejected": {
                "type": "integer",
                "minimum": 0
              },
              "duplicates": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        },
        "quarantine": {
          "description": "File name of the quarantine file, or null when nothing was rejected.",
          "type": [
            "string",
            "null"
          ]
        }
      }
    },
    "method": {
      "title": "ReportMethod",
      "description": "How the numbers were computed, for the methodology appendix.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "grain",
        "timeZone",
        "interval",
        "comparison",
        "rounding",
        "duplicates"
      ],
      "properties": {
        "grain": {
          "enum": [
            "month",
            "week",
            "quarter",
            "year"
          ]
        },
        "timeZone": {
          "type": "string"
        },
        "interval": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "method",
            "level"
          ],
          "properties": {
            "method": {
              "enum": [
                "adjusted-wald",
                "wald",
                "score"
              ]
            },
            "level": {
              "type": "number"
            }
          }
        },
        "comparison": {
          "enum": [
            "adjusted-wald",
            "wald"
          ]
        },
        "rounding": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "mode",
            "decimals"
          ],
          "properties": {
            "mode": {
              "enum": [
                "exact",
                "percentages-first"
              ]
            },
            "decimals": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "duplicates": {
          "enum": [
            "keep-latest",
            "keep-first",
            "keep-all"
          ]
        }
      }
    }
  }
} as const;
