import type { LoadResult } from './load.ts';
import { m } from './messages.ts';
import type { BenchResult, ContenderResult } from './run-bench.ts';
import type { Summary } from './summary.ts';

type Cell = (contender: ContenderResult) => string;

// A server that answered nothing has no latency: a dash, rather than NaN.
const whole = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';
const ms = (value: number) =>
  !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const seconds = (value: number) => (value / 1000).toFixed(2);
const fromLoad = (pick: (load: LoadResult) => string, load?: 'throughput' | 'oneAtATime') =>
  ((contender) => {
    const measured = contender[load ?? 'throughput'];
    return measured ? pick(measured) : '–';
  }) satisfies Cell;

/** The benchmark's results as a table with one column per server, then what they mean. */
export function formatTable(result: BenchResult, summary: Summary): string {
  const t = m.table;
  const { contenders, settings } = result;
  const baseline = contenders.find((contender) => contender.role === 'baseline')?.throughput;
  const sleepRows = (contenders[0]?.sleep ?? []).map((_, row): [string, Cell] => [
    t.atOnce(contenders.find((c) => c.sleep[row])?.sleep[row]?.concurrent ?? 0),
    (contender) => {
      const batch = contender.sleep[row];
      if (!batch) return '–';
      const failed = batch.concurrent - batch.answered;
      const cell = `${seconds(batch.wallMs)} s (${seconds(batch.idealMs)})`;
      return failed > 0 ? `${cell}, ${t.failed(failed)}` : cell;
    },
  ]);
  const sections: [string, [string, Cell][]][] = [
    [
      t.load(
        result.loadGenerator,
        settings.connections,
        settings.rounds,
        settings.durationMs / 1000,
      ),
      [
        [t.requestsPerSecond, fromLoad((load) => whole(load.requestsPerSecond))],
        [t.latency, fromLoad((load) => `${ms(load.latencyMs.p50)} / ${ms(load.latencyMs.p99)}`)],
        [
          t.againstBaseline,
          fromLoad((load) => {
            const ratio = load.requestsPerSecond / (baseline?.requestsPerSecond ?? NaN);
            return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–';
          }),
        ],
        [t.errors, fromLoad((load) => whole(load.errors))],
      ],
    ],
    [t.oneAtATime, [[t.latencyMedian, fromLoad((load) => ms(load.latencyMs.p50), 'oneAtATime')]]],
    [
      t.sleep(settings.sleepMs),
      [[t.threads, (contender) => t.threadCount(contender.threads)], ...sleepRows],
    ],
  ];
  const rows = sections.flatMap(([title, lines]) => [
    [title],
    ...lines.map(([label, cell]) => [`  ${label}`, ...contenders.map(cell)]),
  ]);
  const header = ['', ...contenders.map((contender) => contender.name)];
  const widths = header.map((_, column) =>
    Math.max(
      ...[header, ...rows.filter((row) => row.length > 1)].map((row) => row[column]!.length),
    ),
  );
  const line = (row: string[]) =>
    row.length === 1
      ? row[0]!
      : row
          .map((cell, column) =>
            (column === 0 ? cell.padEnd : cell.padStart).call(cell, widths[column]!),
          )
          .join('   ');
  const notes = contenders.flatMap((contender) => {
    if (contender.notStarted) return [t.notStarted(contender.name, contender.notStarted)];
    const notes = contender.stopped ? [t.stopped(contender.name, contender.stopped)] : [];
    return contender.todo ? [...notes, `${contender.name}: ${contender.todo}`] : notes;
  });
  if (summary.poolCost) {
    notes.push(
      m.poolCost(
        Math.round(summary.poolCost.oneAtATimeUs),
        Math.round(summary.poolCost.underLoadUs),
      ),
    );
  }
  if (summary.yours) {
    notes.push(m.yours(summary.yours.server, summary.yours.ratio.toFixed(2)));
  }
  if (summary.target) {
    notes.push(
      m.target(summary.target.server, summary.target.ratio.toFixed(2), summary.target.met),
    );
  }
  const { cpus, loadAverage } = result.machine;
  return [
    t.machine(cpus, loadAverage.toFixed(1)),
    '',
    line(header),
    ...rows.map(line),
    '',
    ...notes,
  ].join('\n');
}
