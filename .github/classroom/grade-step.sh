#!/usr/bin/env bash
# One grading step of the GitHub Classroom workflow: grades the student's copy of one workbook
# step (in submission/) with the checks of the untouched workbook (in workbook/), and hands the
# result to the reporter as this step's `result` output.
# Usage: grade-step.sh STEP POINTS
set -uo pipefail
step="$1"
points="$2"
result="$RUNNER_TEMP/step-$step.result"

if ! npm --prefix workbook run --silent grade -- "$GITHUB_WORKSPACE/submission" \
  --steps "$step" --points "$step=$points" --deadline 300 --classroom "$result"; then
  # Grading itself failed: report the step as not checked, so that the other steps still count.
  printf '{"version":2,"status":"error","message":"Step %s could not be graded: see the log of this step.","max_score":%s,"tests":[{"name":"step %s","status":"error","score":0}]}' \
    "$step" "$points" "$step" | base64 -w0 >"$result"
fi
echo "result=$(cat "$result")" >>"$GITHUB_OUTPUT"
