import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { m as listen } from '../../steps/01-tcp-listen/messages.ts';
import { m as parseRequest } from '../../steps/02-parse-request/messages.ts';
import { m as respond } from '../../steps/03-respond/messages.ts';
import { m as serveHtml } from '../../steps/04-serve-html/messages.ts';
import { m as slowRoute } from '../../steps/05-slow-route/messages.ts';
import { m as threadPool } from '../../steps/06-thread-pool/messages.ts';
import { m as gracefulShutdown } from '../../steps/07-graceful-shutdown/messages.ts';
import { root } from '../shared/workbook/paths.ts';
import { loadProgress } from '../shared/workbook/progress.ts';
import { findStep, learnerFiles, listSteps, type Step } from '../shared/workbook/steps.ts';

/**
 * Checks of an earlier step that a later step changes on purpose: from step `from` on, they no
 * longer describe a correct server. A whole check file, or some checks by name.
 */
interface Retired {
  step: number;
  from: number;
  file?: string;
  checks?: readonly string[];
}

export const retiredChecks: readonly Retired[] = [
  // From step 2 the server reads the request before it ends the connection.
  { step: 1, from: 2, checks: [listen.endsConnectionAfterGreeting.name] },
  // Step 8 stops greeting each connection on the console: a busy server's log stays readable.
  {
    step: 1,
    from: 8,
    checks: [listen.printsOncePerConnection.name, listen.keepsRunningWhenClientLeavesAtOnce.name],
  },
  // From step 4 the server answers with a page instead of printing the request.
  { step: 2, from: 4, file: 'server.test.ts' },
  // Step 3's 200 has no body and answers every request; from step 4 a page comes with it, chosen
  // by path, and each step judges its own 400.
  {
    step: 3,
    from: 4,
    checks: [
      respond.answersWith200StatusLine.name,
      respond.answersEveryParsedRequest.name,
      respond.answersBadRequest.name,
    ],
  },
  // Step 8 routes on the path alone: /?name=value is / with a query, and gets the page, as
  // /sleep?seconds=2 gets the slow page.
  { step: 4, from: 8, checks: [serveHtml.answersQueryStringWith404.name] },
  { step: 5, from: 8, checks: [slowRoute.answersLookalikesOfSleepWith404.name] },
  // Step 8 reads heads as node:http does, which waits after an empty head for a request line to
  // come: its own checks judge each refusal against node:http's. (The check's name is the same in
  // steps 4 to 7.)
  ...[4, 5, 6, 7].map((step) => ({ step, from: 8, checks: [serveHtml.answersBadRequest.name] })),
  // Step 8 follows HTTP/1.1: a lower-case method is a valid token, answered with 501.
  { step: 2, from: 8, checks: [parseRequest.rejectsLowerCaseMethod.name] },
  // Step 9 replaces readHead() with a HeadReader that reads every head of a connection.
  { step: 2, from: 9, file: 'read-head.test.ts' },
  // Step 5 shows that one slow request holds up the next; step 6's pool is the cure.
  { step: 5, from: 6, checks: [slowRoute.answersRootOnlyAfterSleep.name] },
  // Step 8 stops printing a line per job, for the same reason as the greeting.
  { step: 6, from: 8, checks: [threadPool.printsWhichWorkerTookRequest.name] },
  // Step 10's pool is piscina, which ends its threads itself, without a line for each.
  {
    step: 7,
    from: 10,
    checks: [
      gracefulShutdown.printsShuttingDownWorker.name,
      gracefulShutdown.printsWorkerDisconnected.name,
      gracefulShutdown.stopsEveryWorkerOnSigterm.name,
    ],
  },
];

const retiredFor = (earlier: number, checked: number) =>
  retiredChecks.filter((retired) => retired.step === earlier && retired.from <= checked);

/** The step a check file belongs to, by its folder. */
export const stepOfCheckFile = (file: string): Step | undefined =>
  findStep(basename(dirname(file)));

/**
 * The check files of earlier steps that still apply to `step`'s files in `folder`: every file of
 * the earlier step exists there, and no later step retired the whole check file.
 */
export function earlierCheckFiles(step: Step, folder: string): string[] {
  return listSteps()
    .filter((earlier) => earlier.number < step.number)
    .filter((earlier) => learnerFiles(earlier).every((name) => existsSync(join(folder, name))))
    .flatMap((earlier) =>
      readdirSync(earlier.folder)
        .filter((name) => name.endsWith('.test.ts'))
        .filter((name) => !retiredFor(earlier.number, step.number).some((r) => r.file === name))
        .map((name) => relative(root, join(earlier.folder, name))),
    );
}

/**
 * The earlier check files a run of `step`'s checks on `folder` takes along: on files that `npm
 * run carry` brought from an earlier step, every earlier check file that applies; none otherwise,
 * nor for the reference solution.
 */
export function earlierChecksOfRun(step: Step, folder: string, solution: boolean): string[] {
  const carried = !solution && loadProgress().progress.carried?.[step.slug] !== undefined;
  return carried ? earlierCheckFiles(step, folder) : [];
}

/** Whether a check of an earlier step, known by its file and name, was retired by `checked`. */
export function noLongerApplies(file: string, name: string, checked: number): boolean {
  const earlier = stepOfCheckFile(file);
  if (!earlier || earlier.number >= checked) return false;
  return retiredFor(earlier.number, checked).some(
    (retired) => retired.file === basename(file) || retired.checks?.includes(name),
  );
}
