import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, solutionsFolder } from '../../shared/workbook/paths.ts';
import { defaultPoints } from '../run/options.ts';

export const workflowPath = join(root, '.github', 'workflows', 'classroom.yml');

/** Every step the workbook has a reference solution for, as `[number, slug]`. */
export function solvedSteps(): [number, string][] {
  return readdirSync(solutionsFolder)
    .filter((name) => /^\d\d-[a-z0-9-]+$/.test(name))
    .sort()
    .map((slug) => [Number(slug.slice(0, 2)), slug]);
}

const gradingStep = ([number, slug]: [number, string]) =>
  [
    `      - name: Step ${number} (${slug})`,
    `        id: step${number}`,
    '        timeout-minutes: 10',
    '        continue-on-error: true',
    `        run: bash workbook/.github/classroom/grade-step.sh ${number} ${defaultPoints}`,
  ].join('\n');

/**
 * GitHub Classroom's autograding workflow for the template repository: one grading step per
 * workbook step, each worth its points (the number after the step), then the reporter that
 * adds them up for Classroom. It grades the student's repository with the checks of the
 * template (`vars.WORKBOOK_TEMPLATE`), so that a student's edits to the checks change nothing.
 */
export function classroomWorkflow(steps: [number, string][] = solvedSteps()): string {
  const ids = steps.map(([number]) => `step${number}`);
  return `# GitHub Classroom autograding: a grading step per workbook step, then the reporter.
# Written by \`npm run classroom-workflow\`; run it again when a step is added. The points of a
# step are the last number on its line (default ${defaultPoints}). Settings, best made for the organization:
#   vars.WORKBOOK_TEMPLATE        owner/name of the assignment's template (strongly advised)
#   vars.WORKBOOK_TEMPLATE_REF    a tag or commit of it to grade with (default: its default branch)
#   vars.WORKBOOK_LANG            en or tr, for the messages students read (default: en)
#   secrets.WORKBOOK_TEMPLATE_TOKEN  a read-only token, if the template is private
name: Autograding Tests
'on':
  - push
  - repository_dispatch
permissions:
  checks: write
  actions: read
  contents: read
jobs:
  run-autograding-tests:
    runs-on: ubuntu-latest
    # Not for Classroom's first commit, nor for pushes to the template itself.
    if: github.actor != 'github-classroom[bot]' && !github.event.repository.is_template
    env:
      WORKBOOK_LANG: \${{ vars.WORKBOOK_LANG || 'en' }}
    steps:
      - name: Check out the student's work
        uses: actions/checkout@v4
        with:
          path: submission
      - name: Check out the workbook's checks
        uses: actions/checkout@v4
        with:
          repository: \${{ vars.WORKBOOK_TEMPLATE || github.repository }}
          ref: \${{ vars.WORKBOOK_TEMPLATE_REF || '' }}
          token: \${{ secrets.WORKBOOK_TEMPLATE_TOKEN || github.token }}
          path: workbook
      # The current LTS: the Node a student installing it today gets.
      - uses: actions/setup-node@v4
        with:
          node-version: 26
      - name: Install the workbook
        run: npm ci --prefix workbook --no-audit --no-fund
${steps.map(gradingStep).join('\n')}
      - name: Autograding Reporter
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
          GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}
${ids.map((id) => `          ${id.toUpperCase()}_RESULTS: '\${{ steps.${id}.outputs.result }}'`).join('\n')}
        with:
          runners: ${ids.join(',')}
`;
}
