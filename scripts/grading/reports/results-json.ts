import type { ClassResult, StepResult, StudentResult } from '../score/results.ts';

/**
 * One step of one student as Exercism's results.json (version 2: a test per check), with the
 * two fields GitHub Classroom's reporter adds to that shape: `max_score` for the step and a
 * `score` for each test. A step that could not be checked (`error`) lists every check as an
 * error with the reason, so that each student's file names the same checks.
 */
export function stepJson(result: StepResult) {
  return {
    version: 2,
    status: result.status,
    ...(result.message ? { message: result.message } : {}),
    step: result.step.number,
    slug: result.step.slug,
    score: result.score,
    max_score: result.maxScore,
    tests: result.checks.map((check) => ({
      name: check.name,
      status: check.status,
      ...(check.message ? { message: check.message } : {}),
      ...(check.output ? { output: check.output } : {}),
      score: check.score,
    })),
  };
}

export function studentJson(student: StudentResult) {
  return {
    student: student.name,
    submission: student.path,
    status: student.status,
    ...(student.problem ? { message: student.problem } : {}),
    score: student.score,
    max_score: student.maxScore,
    steps: student.steps.map(stepJson),
  };
}

/** The whole class: what `--json FILE` writes. */
export function classJson(result: ClassResult): string {
  const students = result.students.map(studentJson);
  return `${JSON.stringify({ scoring: result.scoring, students }, null, 2)}\n`;
}

/**
 * One student's grade as GitHub Classroom's reporter reads it from a grading step's `result`
 * output: the JSON above, all chosen steps in one, encoded in base64.
 */
export function classroomResult(student: StudentResult): string {
  const several = student.steps.length > 1;
  const tests = student.steps.flatMap((step) =>
    stepJson(step).tests.map((test) =>
      several ? { ...test, name: `${step.step.number}. ${test.name}` } : test,
    ),
  );
  const message = student.problem ?? student.steps.find((step) => step.message)?.message;
  const result = {
    version: 2,
    status: student.status,
    ...(student.status === 'error' && message ? { message } : {}),
    max_score: student.maxScore,
    tests,
  };
  return Buffer.from(JSON.stringify(result)).toString('base64');
}
