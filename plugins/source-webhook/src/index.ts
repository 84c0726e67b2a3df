// @npskit/source-webhook: survey responses delivered by webhooks — signature checks over the raw bytes and
// payload mappers to npskit's response format. This file only re-exports; internals stay unexported.

export type { GroupCommitOptions, GroupCommitter, Settled } from "./groupCommitter.js";
export { createGroupCommitter } from "./groupCommitter.js";
export type { DelightedMappingOptions } from "./mapDelightedEvent.js";
export { mapDelightedEvent } from "./mapDelightedEvent.js";
export type { GenericMappingOptions } from "./mapGenericPayload.js";
export { mapGenericPayload } from "./mapGenericPayload.js";
export type { SurveyMonkeyMappingOptions } from "./mapSurveyMonkeyResponse.js";
export { mapSurveyMonkeyResponse } from "./mapSurveyMonkeyResponse.js";
export type { TypeformMappingOptions } from "./mapTypeformPayload.js";
export { mapTypeformPayload } from "./mapTypeformPayload.js";
export type { ParsedBody } from "./parseJsonBody.js";
export { parseJsonBody } from "./parseJsonBody.js";
export type {
  DeliveryKey,
  StoreOperation,
  StoreResult,
  WebhookSender,
} from "./storeOperation.js";
export { WEBHOOK_SENDERS } from "./storeOperation.js";
export { STORE_SCHEMA_VERSION } from "./storeSchema.js";
export { supersedes } from "./supersedes.js";
export type { SurveyMonkeyEventMapping, SurveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
export { surveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
export type { SurveyMonkeyNpsQuestion, SurveyMonkeyNpsQuestionOptions } from "./surveyMonkeyNpsQuestion.js";
export { surveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";
export type { Verification } from "./verification.js";
export type { StandardWebhookInput } from "./verifyStandardWebhook.js";
export { STANDARD_WEBHOOK_TOLERANCE_SECONDS, verifyStandardWebhook } from "./verifyStandardWebhook.js";
export type { SurveyMonkeyVerificationInput } from "./verifySurveyMonkey.js";
export { verifySurveyMonkey } from "./verifySurveyMonkey.js";
export type { TypeformVerificationInput } from "./verifyTypeform.js";
export { verifyTypeform } from "./verifyTypeform.js";
export type { WebhookHeaders } from "./webhookHeaders.js";
export type {
  IgnoredDelivery,
  ItemRejection,
  MappedDelivery,
  MappedResponse,
  RejectedDelivery,
  WebhookMapping,
} from "./webhookMapping.js";
export type { FetchJobRow, StoreCounts, WebhookStore, WebhookStoreOptions } from "./webhookStore.js";
export { openWebhookStore } from "./webhookStore.js";
