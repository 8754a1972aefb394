import type { StepResult, StudentResult } from '../score/results.ts';

/** Characters XML 1.0 cannot hold at all, such as the control bytes a server may print. */
const notXml = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(text: string | number): string {
  return String(text)
    .replace(notXml, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);
const count = (step: StepResult, status: string) =>
  step.checks.filter((check) => check.status === status).length;

function testsuite(student: StudentResult, step: StepResult): string {
  const cases = step.checks.map((check) => {
    const open = `    <testcase classname="${xml(step.step.slug)}" name="${xml(check.name)}" time="${seconds(check.durationMs)}"`;
    if (check.status === 'pass') return `${open}/>`;
    const kind = check.status === 'fail' ? 'failure' : 'error';
    const summary = (check.message ?? '').split('\n')[0]!;
    const output = check.output ? `\n      <system-out>${xml(check.output)}</system-out>` : '';
    return `${open}>\n      <${kind} message="${xml(summary)}">${xml(check.message ?? '')}</${kind}>${output}\n    </testcase>`;
  });
  return [
    `  <testsuite name="${xml(step.step.slug)}" package="${xml(student.name)}" tests="${step.checks.length}" failures="${count(step, 'fail')}" errors="${count(step, 'error')}" skipped="0" time="${seconds(step.durationMs)}">`,
    '    <properties>',
    `      <property name="score" value="${step.score}"/>`,
    `      <property name="max_score" value="${step.maxScore}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/**
 * One student's results as a JUnit XML report: a testsuite per step, a testcase per check,
 * `failure` for a check that failed and `error` for one that could not run.
 */
export function junitXml(student: StudentResult): string {
  const checks = student.steps.flatMap((step) => step.checks);
  const failures = checks.filter((check) => check.status === 'fail').length;
  const errors = checks.filter((check) => check.status === 'error').length;
  const time = seconds(student.steps.reduce((sum, step) => sum + step.durationMs, 0));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(student.name)}" tests="${checks.length}" failures="${failures}" errors="${errors}" time="${time}">`,
    ...student.steps.map((step) => testsuite(student, step)),
    '</testsuites>',
    '',
  ].join('\n');
}

/** A file name for each student's report: safe on every system, and never the same twice. */
export function reportFileNames(students: readonly StudentResult[]): string[] {
  const taken = new Set<string>();
  return students.map((student) => {
    const base = student.name.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '_') || 'student';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return `${name}.xml`;
  });
}
