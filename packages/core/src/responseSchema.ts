// The SurveyResponse JSON Schema (2020-12), as a module.
// Generated from schema/response.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

export const responseSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://npskit.dev/schema/response.schema.json",
  "title": "SurveyResponse",
  "description": "One answer to the question \"How likely is it that you would recommend us to a friend or colleague?\", with its context. Unknown top-level keys are rejected so that a typo (\"scroe\") fails loudly instead of losing data.",
  "type": "object",
  "required": [
    "id",
    "score",
    "submittedAt"
  ],
  "additionalProperties": false,
  "properties": {
    "id": {
      "description": "Identifier of the response, unique within its source. Duplicates are resolved by the ingest pipeline.",
      "type": "string",
      "minLength": 1,
      "maxLength": 512,
      "examples": [
        "19085864118"
      ]
    },
    "score": {
      "description": "The 0-10 answer: 9-10 promoter, 7-8 passive, 0-6 detractor. null when the respondent skipped the question (unanswered: counted, never in the NPS denominator).",
      "type": [
        "integer",
        "null"
      ],
      "minimum": 0,
      "maximum": 10,
      "examples": [
        9
      ]
    },
    "submittedAt": {
      "description": "When the response was submitted: an RFC 3339 date-time with a time zone offset (Z or +hh:mm).",
      "type": "string",
      "format": "date-time",
      "examples": [
        "2026-10-31T22:30:00Z"
      ]
    },
    "comment": {
      "description": "Free-text answer to the follow-up question. Untrusted text: always escaped when shown.",
      "type": "string",
      "maxLength": 100000
    },
    "segments": {
      "description": "Named string dimensions the response belongs to (region, plan, channel...), used to compare groups.",
      "type": "object",
      "propertyNames": {
        "minLength": 1,
        "maxLength": 128
      },
      "additionalProperties": {
        "type": "string",
        "maxLength": 1024
      },
      "examples": [
        {
          "region": "Europe",
          "plan": "pro"
        }
      ]
    },
    "drivers": {
      "description": "Ratings of attributes (support, price, speed...) on any numeric scale, for key-driver analysis. null means the attribute was not rated.",
      "type": "object",
      "propertyNames": {
        "minLength": 1,
        "maxLength": 128
      },
      "additionalProperties": {
        "type": [
          "number",
          "null"
        ]
      },
      "examples": [
        {
          "support": 4,
          "price": 2
        }
      ]
    },
    "respondent": {
      "$ref": "#/$defs/respondent"
    },
    "source": {
      "description": "Name of the source plugin or system the response came from.",
      "type": "string",
      "maxLength": 256,
      "examples": [
        "npskit:csv"
      ]
    },
    "locale": {
      "description": "Language of the response as a BCP 47 tag.",
      "type": "string",
      "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
      "examples": [
        "ru-RU"
      ]
    },
    "meta": {
      "description": "Free-form data carried along for the user's own plugins; npskit does not read it.",
      "type": "object",
      "additionalProperties": true
    }
  },
  "$defs": {
    "respondent": {
      "description": "Who answered. Personal data: kept out of reports unless the report configuration asks for it.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "email": {
          "description": "E-mail address.",
          "type": "string",
          "format": "email",
          "examples": [
            "anna@example.com"
          ]
        },
        "name": {
          "description": "Display name.",
          "type": "string",
          "maxLength": 512
        },
        "externalId": {
          "description": "The respondent's id in the user's own system (CRM contact id, account id...).",
          "type": "string",
          "maxLength": 512
        },
        "consentToContact": {
          "description": "Whether the respondent agreed to be contacted about their answer (closing the loop).",
          "type": "boolean"
        }
      }
    }
  }
} as const;
