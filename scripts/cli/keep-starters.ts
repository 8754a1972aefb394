import { keepStarters } from '../commands/reset/starters.ts';
import { listSteps } from '../shared/workbook/steps.ts';

// Runs after `npm install`, while every step is still untouched: `npm run reset` restores from
// this copy. It must never make an install fail.
try {
  keepStarters(listSteps());
} catch {
  // Reset falls back to git, and says so when neither has the starter.
}
