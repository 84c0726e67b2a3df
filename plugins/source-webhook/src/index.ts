// @npskit/source-webhook: survey responses delivered by webhooks — signature checks over the raw bytes and
// payload mappers to npskit's response format. This file only re-exports; internals stay unexported.

export type { DeliveryDecision, IncomingDelivery } from "./decideDelivery.js";
export { decideDelivery } from "./decideDelivery.js";
export type { GroupCommitOptions, GroupCommitter, Settled } from "./groupCommitter.js";
export { createGroupCommitter } from "./groupCommitter.js";
export type { LogEntry, LogLevel, LogSink } from "./jsonLog.js";
export { jsonLineLog } from "./jsonLog.js";
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
export type { RateLimit } from "./rateLimiter.js";
export type { DeliveryToSign } from "./signDelivery.js";
export { signDelighted, signStandardWebhook, signSurveyMonkey, signTypeform } from "./signDelivery.js";
export type { WebhookReceiver, WebhookReceiverOptions } from "./startWebhookReceiver.js";
export { startWebhookReceiver } from "./startWebhookReceiver.js";
export type {
  DeliveryKey,
  StoreOperation,
  StoreResult,
  WebhookSender,
} from "./storeOperation.js";
export { WEBHOOK_SENDERS } from "./storeOperation.js";
export { STORE_SCHEMA_VERSION } from "./storeSchema.js";
export { supersedes } from "./supersedes.js";
export type { FetchRetry } from "./surveyMonkeyFetcher.js";
export type { SurveyMonkeyEventMapping, SurveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
export { surveyMonkeyFetchJob } from "./surveyMonkeyFetchJob.js";
export type { SurveyMonkeyNpsQuestion, SurveyMonkeyNpsQuestionOptions } from "./surveyMonkeyNpsQuestion.js";
export { surveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";
export type { Verification } from "./verification.js";
export { verifyBearerToken } from "./verifyBearerToken.js";
export type { DelightedVerificationInput } from "./verifyDelighted.js";
export { verifyDelighted } from "./verifyDelighted.js";
export type { StandardWebhookInput } from "./verifyStandardWebhook.js";
export { STANDARD_WEBHOOK_TOLERANCE_SECONDS, verifyStandardWebhook } from "./verifyStandardWebhook.js";
export type { SurveyMonkeyVerificationInput } from "./verifySurveyMonkey.js";
export { verifySurveyMonkey } from "./verifySurveyMonkey.js";
export type { TypeformVerificationInput } from "./verifyTypeform.js";
export { verifyTypeform } from "./verifyTypeform.js";
export type { WebhookEndpoints } from "./webhookEndpoints.js";
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
export type { WebhookStoreSourceOptions } from "./webhookStoreSource.js";
export { webhookStore } from "./webhookStoreSource.js";
