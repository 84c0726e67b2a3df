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
    "insights": {
      "description": "The analysis behind the recommendations (@npskit/insights); absent when the report was built without it.",
      "$ref": "#/$defs/insights"
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
        },
        "previous": {
          "description": "The same group in the previous period (the model's previousPeriod, same scope): its answered count and exact NPS, for a period-over-period decomposition by segment; null when the group had no answered response then. Absent in models built before it existed.",
          "oneOf": [
            {
              "$ref": "#/$defs/segmentPrevious"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "segmentPrevious": {
      "title": "ReportSegmentPrevious",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "answered",
        "nps"
      ],
      "properties": {
        "answered": {
          "type": "integer",
          "minimum": 0
        },
        "nps": {
          "description": "Exact NPS of the group in the previous period; null without answers.",
          "type": [
            "number",
            "null"
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
      "description": "One recommendation: what to do, in which area, why (with the figures) and how. Produced by an insights rule; every string is in the report's locale.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "rule",
        "area",
        "priority",
        "title",
        "rationale",
        "evidence",
        "references",
        "actions"
      ],
      "properties": {
        "id": {
          "description": "Stable id within the report: the rule's short name and its subject, e.g. \"lagging-segment/region=APAC\".",
          "type": "string",
          "minLength": 1
        },
        "rule": {
          "description": "Namespaced name of the rule that produced it, e.g. \"npskit:lagging-segments\".",
          "type": "string",
          "minLength": 1
        },
        "area": {
          "description": "Area of improvement: collect and analyse feedback, improve the product or service, communicate with customers, train staff, set goals and track them.",
          "enum": [
            "feedback",
            "product",
            "communication",
            "training",
            "goals"
          ]
        },
        "priority": {
          "description": "Expected impact from 0 to 100; the list is sorted by it, highest first.",
          "type": "number",
          "minimum": 0,
          "maximum": 100
        },
        "title": {
          "description": "What to do, in one line.",
          "type": "string",
          "minLength": 1
        },
        "rationale": {
          "description": "Why, with the figures from the data; names the segment, theme or driver it is about.",
          "type": "string",
          "minLength": 1
        },
        "subject": {
          "$ref": "#/$defs/recommendationSubject"
        },
        "evidence": {
          "description": "Facts behind it, one line each, with their numbers.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "references": {
          "description": "JSON pointers (RFC 6901) into this ReportModel to the figures the recommendation rests on, e.g. \"/segments/0/rows/3\".",
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^(/([^~/]|~[01])*)*$"
          }
        },
        "actions": {
          "description": "Concrete next steps, two to four.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
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
    },
    "recommendationSubject": {
      "title": "RecommendationSubject",
      "description": "What a recommendation is about.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "enum": [
            "overall",
            "segment",
            "theme",
            "driver",
            "respondents",
            "goal",
            "benchmark"
          ]
        },
        "dimension": {
          "description": "Segment dimension, for a segment.",
          "type": "string"
        },
        "value": {
          "description": "Segment value, for a segment.",
          "type": "string"
        },
        "name": {
          "description": "Theme id or driver name.",
          "type": "string"
        }
      }
    },
    "themeShare": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "mentions",
        "comments",
        "share"
      ],
      "properties": {
        "mentions": {
          "description": "Comments of the category that mention the theme.",
          "type": "integer",
          "minimum": 0
        },
        "comments": {
          "description": "Comments of the category analysed.",
          "type": "integer",
          "minimum": 0
        },
        "share": {
          "description": "mentions / comments, 0..1; null without comments.",
          "type": [
            "number",
            "null"
          ],
          "minimum": 0,
          "maximum": 1
        }
      },
      "title": "ThemeShare",
      "description": "How often a theme comes up in one category's comments."
    },
    "theme": {
      "title": "ReportTheme",
      "description": "A theme of the period's comments: how often detractors and promoters mention it, with example quotes.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "label",
        "area",
        "detractors",
        "passives",
        "promoters",
        "terms",
        "quotes"
      ],
      "properties": {
        "id": {
          "description": "Theme id from the lexicon (price, support…) or \"term:<stem>\" for a data-driven one.",
          "type": "string"
        },
        "label": {
          "description": "Name of the theme in the report's language.",
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
        "detractors": {
          "$ref": "#/$defs/themeShare"
        },
        "passives": {
          "$ref": "#/$defs/themeShare"
        },
        "promoters": {
          "$ref": "#/$defs/themeShare"
        },
        "terms": {
          "description": "Words of the comments that matched, most frequent first.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "quotes": {
          "description": "Example comments (PII masked), detractors' first.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/comment"
          }
        }
      }
    },
    "distinctiveTerm": {
      "title": "DistinctiveTerm",
      "description": "A word that separates detractor from promoter comments (weighted log-odds with an informative prior, Monroe et al. 2008).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "term",
        "detractorCount",
        "promoterCount",
        "z"
      ],
      "properties": {
        "term": {
          "type": "string"
        },
        "detractorCount": {
          "type": "integer",
          "minimum": 0
        },
        "promoterCount": {
          "type": "integer",
          "minimum": 0
        },
        "z": {
          "description": "z-score of the log-odds ratio: positive leans detractor, negative promoter.",
          "type": "number"
        }
      }
    },
    "driver": {
      "title": "ReportDriver",
      "description": "An attribute rating (a response's `drivers`) and how strongly it goes with the score.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "n",
        "mean",
        "min",
        "max",
        "correlation",
        "importance",
        "rank"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "n": {
          "description": "Answered responses that rated it.",
          "type": "integer",
          "minimum": 0
        },
        "mean": {
          "type": [
            "number",
            "null"
          ]
        },
        "min": {
          "description": "Lowest rating seen.",
          "type": [
            "number",
            "null"
          ]
        },
        "max": {
          "description": "Highest rating seen.",
          "type": [
            "number",
            "null"
          ]
        },
        "correlation": {
          "description": "Pearson correlation with the 0–10 score; null when it cannot be computed.",
          "type": [
            "number",
            "null"
          ],
          "minimum": -1,
          "maximum": 1
        },
        "importance": {
          "description": "Share of the explained relationship, 0..1 (relative importance); null when unknown.",
          "type": [
            "number",
            "null"
          ],
          "minimum": 0,
          "maximum": 1
        },
        "rank": {
          "description": "1 for the most important.",
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "followUp": {
      "title": "ReportFollowUp",
      "description": "Detractors to call back (close the loop). Names only when the config asks for them.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "detractors",
        "consenting",
        "oldest",
        "contacts"
      ],
      "properties": {
        "detractors": {
          "type": "integer",
          "minimum": 0
        },
        "consenting": {
          "description": "Detractors who consented to be contacted.",
          "type": "integer",
          "minimum": 0
        },
        "oldest": {
          "description": "When the oldest consenting detractor answered.",
          "type": [
            "string",
            "null"
          ],
          "format": "date-time"
        },
        "contacts": {
          "description": "The consenting detractors, oldest first; empty unless names are enabled.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id",
              "score",
              "submittedAt"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "score": {
                "type": "integer",
                "minimum": 0,
                "maximum": 6
              },
              "submittedAt": {
                "type": "string",
                "format": "date-time"
              },
              "name": {
                "type": "string"
              },
              "email": {
                "type": "string"
              },
              "externalId": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "goal": {
      "title": "ReportGoal",
      "description": "Progress toward the target NPS by a date.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "target",
        "date",
        "periodsLeft",
        "gapNow",
        "gainNeededPerPeriod",
        "recentGainPerPeriod",
        "onTrack"
      ],
      "properties": {
        "target": {
          "type": "number"
        },
        "date": {
          "description": "Date the target is due (YYYY-MM-DD).",
          "type": "string",
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "periodsLeft": {
          "description": "Periods from the report period to the one holding the date.",
          "type": "integer"
        },
        "gapNow": {
          "description": "target − NPS of the report period, in points; null without answers.",
          "type": [
            "number",
            "null"
          ]
        },
        "gainNeededPerPeriod": {
          "type": [
            "number",
            "null"
          ]
        },
        "recentGainPerPeriod": {
          "description": "Trend slope over the recent periods (least squares), points per period.",
          "type": [
            "number",
            "null"
          ]
        },
        "onTrack": {
          "type": [
            "boolean",
            "null"
          ]
        }
      }
    },
    "benchmark": {
      "title": "ReportBenchmark",
      "description": "An external benchmark the config names, and where the NPS stands against it. npskit ships no benchmark numbers.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "source",
        "year",
        "example",
        "position"
      ],
      "properties": {
        "name": {
          "description": "Industry or peer group.",
          "type": "string"
        },
        "source": {
          "description": "Who published it.",
          "type": "string"
        },
        "year": {
          "type": "integer"
        },
        "example": {
          "description": "True when the file is marked as an example, not real figures.",
          "type": "boolean"
        },
        "mean": {
          "type": [
            "number",
            "null"
          ]
        },
        "quartiles": {
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": false,
          "required": [
            "q1",
            "median",
            "q3"
          ],
          "properties": {
            "q1": {
              "type": "number"
            },
            "median": {
              "type": "number"
            },
            "q3": {
              "type": "number"
            }
          }
        },
        "position": {
          "description": "Where the NPS stands, given its interval.",
          "enum": [
            "below",
            "within",
            "above",
            "unknown"
          ]
        }
      }
    },
    "insights": {
      "title": "ReportInsights",
      "description": "Analysis behind the recommendations: comment themes, key drivers, follow-up, goal and benchmark. Each part is null when there is nothing to analyse.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "themes",
        "distinctiveTerms",
        "drivers",
        "followUp",
        "goal",
        "benchmark"
      ],
      "properties": {
        "themes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/theme"
          }
        },
        "distinctiveTerms": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/distinctiveTerm"
          }
        },
        "drivers": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/driver"
          }
        },
        "followUp": {
          "anyOf": [
            {
              "$ref": "#/$defs/followUp"
            },
            {
              "type": "null"
            }
          ]
        },
        "goal": {
          "anyOf": [
            {
              "$ref": "#/$defs/goal"
            },
            {
              "type": "null"
            }
          ]
        },
        "benchmark": {
          "anyOf": [
            {
              "$ref": "#/$defs/benchmark"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    }
  }
} as const;
