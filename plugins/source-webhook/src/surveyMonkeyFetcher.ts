import type { LogSink } from "./jsonLog.js";
import { mapSurveyMonkeyResponse } from "./mapSurveyMonkeyResponse.js";
import { oneLine } from "./oneLine.js";
import { type SurveyMonkeyNpsQuestion, surveyMonkeyNpsQuestion } from "./surveyMonkeyNpsQuestion.js";
import type { WebhookEndpoints } from "./webhookEndpoints.js";
import type { FetchJobRow, WebhookStore } from "./webhookStore.js";

/** Retry schedule of the fetches. */
export interface FetchRetry {
  /** Delay before the first retry, in milliseconds; doubled after each failure. @default 1000 */
  readonly baseMs?: number;
  /** Longest delay between attempts. @default 300000 (5 minutes) */
  readonly maxMs?: number;
  /** Attempts before a job is marked failed. @default 10 */
  readonly maxAttempts?: number;
}

/** Options of {@link startSurveyMonkeyFetcher}. */
export interface SurveyMonkeyFetcherOptions {
  readonly store: WebhookStore;
  readonly config: NonNullable<WebhookEndpoints["surveymonkey"]>;
  readonly retry?: FetchRetry;
  readonly log: LogSink;
  readonly clock?: () => number;
  /** Timeout of each API request, in milliseconds. @default 10000 */
  readonly timeoutMs?: number;
}

/** The running fetch loop. */
export interface SurveyMonkeyFetcher {
  /** A job was queued: look now rather than at the next timer. */
  wake(): void;
  /** Stops the loop after the fetch in progress has been stored. */
  stop(): Promise<void>;
}

class FetchFailure extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/**
 * Works through the store's persisted SurveyMonkey fetch jobs: `GET {apiBase}{job.url}` with the token, maps
 * the response with `mapSurveyMonkeyResponse`, and stores it — or records the failure and retries with
 * exponential backoff (network errors, 429 and 5xx are transient; other 4xx and unusable payloads fail the job
 * at once). Because jobs live in the store, a restart resumes where the last run stopped.
 */
export function startSurveyMonkeyFetcher(options: SurveyMonkeyFetcherOptions): SurveyMonkeyFetcher {
  const { store, config, log } = options;
  const clock = options.clock ?? Date.now;
  const baseMs = options.retry?.baseMs ?? 1000;
  const maxMs = options.retry?.maxMs ?? 300_000;
  const maxAttempts = options.retry?.maxAttempts ?? 10;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const apiBase = (config.apiBase ?? "https://api.surveymonkey.com").replace(/\/+$/, "");
  const questions = new Map<string, SurveyMonkeyNpsQuestion>();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const getJson = async (path: string): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${apiBase}${path}`, {
        headers: { authorization: `Bearer ${config.token}`, accept: "application/json" },
        signal: AbortSignal.any([abort.signal, AbortSignal.timeout(timeoutMs)]),
      });
    } catch (error) {
      throw new FetchFailure(`GET ${path}: ${(error as Error).message}`, true);
    }
    if (!response.ok) {
      await response.body?.cancel();
      const transient = response.status === 429 || response.status >= 500;
      throw new FetchFailure(`GET ${path}: HTTP ${response.status}`, transient);
    }
    try {
      return await response.json();
    } catch (error) {
      throw new FetchFailure(`GET ${path}: not JSON (${(error as Error).message})`, true);
    }
  };

  const questionOf = async (surveyId: string): Promise<SurveyMonkeyNpsQuestion> => {
    if (config.question !== undefined) return config.question;
    const known = questions.get(surveyId);
    if (known !== undefined) return known;
    const details = await getJson(`/v3/surveys/${encodeURIComponent(surveyId)}/details`);
    let question: SurveyMonkeyNpsQuestion;
    try {
      question = surveyMonkeyNpsQuestion(
        details,
        config.questionId === undefined ? {} : { questionId: config.questionId },
      );
    } catch (error) {
      throw new FetchFailure((error as Error).message, false);
    }
    questions.set(surveyId, question);
    return question;
  };

  const runJob = async (job: FetchJobRow): Promise<void> => {
    try {
      const question = await questionOf(job.surveyId);
      const details = await getJson(job.url);
      const mapping = mapSurveyMonkeyResponse(details, {
        question,
        eventId: job.eventId,
        ...(config.commentQuestionId !== undefined && { commentQuestionId: config.commentQuestionId }),
        ...(config.source !== undefined && { source: config.source }),
      });
      if (mapping.kind === "rejected") throw new FetchFailure(mapping.reason, false);
      const responses = mapping.kind === "responses" ? mapping.responses : [];
      const outcome = mapping.kind === "responses" ? "stored" : mapping.reason;
      await store.submit({ kind: "completeFetch", jobId: job.id, responses, outcome });
      log({
        level: "info",
        event: "fetched",
        sender: "surveymonkey",
        eventId: job.eventId,
        responses: responses.length,
      });
    } catch (error) {
      // Stopping aborts the request: the job stays pending as it was, for the next start.
      if (stopped) return;
      const failure =
        error instanceof FetchFailure ? error : new FetchFailure((error as Error).message, true);
      const attempt = job.attempts + 1;
      const giveUp = !failure.transient || attempt >= maxAttempts;
      const delay = Math.min(maxMs, baseMs * 2 ** job.attempts);
      await store.submit({
        kind: "failFetch",
        jobId: job.id,
        error: oneLine(failure.message),
        nextAttemptAtMs: giveUp ? null : clock() + delay,
      });
      log({
        level: giveUp ? "error" : "warn",
        event: giveUp ? "fetch-failed" : "fetch-retry",
        sender: "surveymonkey",
        eventId: job.eventId,
        attempt,
        reason: oneLine(failure.message),
        ...(giveUp ? {} : { retryInMs: delay }),
      });
    }
  };

  const loop = async () => {
    do {
      again = false;
      for (;;) {
        if (stopped) return;
        const jobs = store.dueFetchJobs(clock(), 16);
        if (jobs.length === 0) break;
        for (const job of jobs) {
          if (stopped) return;
          await runJob(job);
        }
      }
    } while (again && !stopped);
  };

  const tick = () => {
    if (stopped) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = loop()
      .catch((error: Error) => log({ level: "error", event: "fetch-loop", reason: oneLine(error.message) }))
      .finally(() => {
        running = undefined;
        if (stopped) return;
        const next = store.nextFetchAttemptAtMs();
        if (next !== null) timer = setTimeout(tick, Math.max(10, next - clock()));
      });
  };

  tick();
  return {
    wake: tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      abort.abort();
      await running;
    },
  };
}
