import { numbers } from '../../shared/i18n/numbers.ts';
import type { LoadResult } from './load.ts';
import { benchNotes } from './bench-notes.ts';
import { m } from './messages.ts';
import type { BenchResult, ContenderResult } from './bench-result.ts';
import type { Summary } from './summary.ts';

type Cell = (contender: ContenderResult) => string;

// A server that answered nothing has no latency: the format shows a dash, rather than NaN.
const whole = (value: number) => numbers.number(value);
const ms = (value: number) => numbers.fixed(value, value < 10 ? 2 : 1);
const seconds = (ms: number) => numbers.fixed(ms / 1000, 2);
const fromLoad = (
  pick: (load: LoadResult, contender: ContenderResult) => string,
  load: 'throughput' | 'keepAlive' | 'oneAtATime' = 'throughput',
) =>
  ((contender) => {
    const measured = contender[load];
    return measured ? pick(measured, contender) : '–';
  }) satisfies Cell;
const cpu =
  (way: 'closing' | 'keptOpen'): Cell =>
  ({ cpuPerRequestUs }) => {
    const us = cpuPerRequestUs?.[way] ?? NaN;
    return numbers.number(us, us < 10 ? 1 : 0);
  };
const ratio = (measured: LoadResult, other?: LoadResult) =>
  numbers.times(measured.requestsPerSecond / (other?.requestsPerSecond ?? NaN));

/** The benchmark's results as a table with one column per server, then what they mean. */
export function formatTable(result: BenchResult, summary: Summary): string {
  const t = m.table;
  const { contenders, settings } = result;
  const baseline = contenders.find((contender) => contender.role === 'baseline');
  const sleepRows = (contenders[0]?.sleep ?? []).map((_, row): [string, Cell] => [
    t.atOnce(contenders.find((c) => c.sleep[row])?.sleep[row]?.concurrent ?? 0),
    (contender) => {
      const batch = contender.sleep[row];
      if (!batch) return '–';
      const failed = batch.concurrent - batch.answered;
      const cell = `${numbers.seconds(batch.wallMs / 1000, 2)} (${seconds(batch.idealMs)})`;
      return failed > 0 ? `${cell}, ${t.failed(failed)}` : cell;
    },
  ]);
  const { connections, rounds } = settings;
  const roundSeconds = settings.durationMs / 1000;
  const latency = (load: LoadResult) => `${ms(load.latencyMs.p50)} / ${ms(load.latencyMs.p99)}`;
  const sections: [string, [string, Cell][]][] = [
    [
      t.load(result.loadGenerator, connections, rounds, roundSeconds),
      [
        [t.requestsPerSecond, fromLoad((load) => whole(load.requestsPerSecond))],
        [t.latency, fromLoad(latency)],
        [t.cpuPerRequest, cpu('closing')],
        [t.againstBaseline, fromLoad((load) => ratio(load, baseline?.throughput))],
        [t.errors, fromLoad((load) => whole(load.errors))],
      ],
    ],
    [
      t.keepAlive(connections, rounds, roundSeconds),
      [
        [t.requestsPerSecond, fromLoad((load) => whole(load.requestsPerSecond), 'keepAlive')],
        [t.latency, fromLoad(latency, 'keepAlive')],
        [t.cpuPerRequest, cpu('keptOpen')],
        [t.againstBaseline, fromLoad((load) => ratio(load, baseline?.keepAlive), 'keepAlive')],
        [
          t.againstClosing,
          fromLoad((load, contender) => ratio(load, contender.throughput), 'keepAlive'),
        ],
        [t.errors, fromLoad((load) => whole(load.errors), 'keepAlive')],
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
  const notes = benchNotes(result, summary);
  const { cpus, loadAverage } = result.machine;
  return [t.machine(cpus, loadAverage), '', line(header), ...rows.map(line), '', ...notes].join(
    '\n',
  );
}
