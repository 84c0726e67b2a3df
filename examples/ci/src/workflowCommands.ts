// Reads the shell commands out of the CI examples, so that the test runs exactly what the workflows run.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** One shell command of a workflow, with where and with which environment it runs. */
export interface WorkflowCommand {
  /** The step's name, or the script line itself. */
  readonly name: string;
  readonly run: string;
  /** Folder relative to the repository root. */
  readonly workingDirectory: string;
  /** The step's `env`, with GitHub expressions still in it (`${{ inputs.period || 'last-month' }}`). */
  readonly env: Readonly<Record<string, string>>;
  /** Installs and builds: what the test machine has done already (`.ci/run`, turbo), not the job itself. */
  readonly setup: boolean;
}

// Machine set-up: packages, pnpm, dependencies, the build. Everything else is the job and must pass here.
const SETUP = [/^(sudo )?apt-get /, /^npm install /, /^pnpm install\b/, /^pnpm --filter \S+ run build$/];
const isSetup = (run: string) => SETUP.some((pattern) => pattern.test(run.trim()));

interface GitHubStep {
  name?: string;
  run?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

/** The `run` steps of every job of a GitHub Actions workflow, in order. */
export function githubCommands(file: string): WorkflowCommand[] {
  const workflow = parse(readFileSync(file, "utf8")) as {
    jobs: Record<string, { defaults?: { run?: { "working-directory"?: string } }; steps: GitHubStep[] }>;
  };
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps
      .filter((step) => typeof step.run === "string")
      .map((step) => ({
        name: step.name ?? step.run!,
        run: step.run!,
        workingDirectory: step["working-directory"] ?? job.defaults?.run?.["working-directory"] ?? ".",
        env: step.env ?? {},
        setup: isSetup(step.run!),
      })),
  );
}

/**
 * The `before_script` and `script` lines of every job of a GitLab CI file, in order. Each GitLab job runs
 * its lines in one shell, so a `cd` carries over: it becomes the working directory of the lines after it.
 */
export function gitlabCommands(file: string): WorkflowCommand[] {
  const pipeline = parse(readFileSync(file, "utf8")) as Record<
    string,
    { before_script?: string[]; script?: string[]; variables?: Record<string, string> }
  >;
  return Object.values(pipeline).flatMap((job) => {
    let workingDirectory = ".";
    const commands: WorkflowCommand[] = [];
    for (const line of [...(job.before_script ?? []), ...(job.script ?? [])]) {
      const cd = /^cd (\S+)$/.exec(line.trim());
      if (cd !== null) {
        workingDirectory = cd[1]!;
        continue;
      }
      commands.push({
        name: line,
        run: line,
        workingDirectory,
        env: job.variables ?? {},
        setup: isSetup(line),
      });
    }
    return commands;
  });
}
