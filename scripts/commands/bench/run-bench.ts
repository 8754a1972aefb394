import { cpus, loadavg } from 'node:os';
import { startServer, type ServerProcess } from '../../harness/server-process.ts';
import { starterTodo } from '../../harness/starter-todo.ts';
import type { BenchResult, BenchSettings, Contender, ContenderResult } from './bench-result.ts';
import { cpuSeconds } from '../../shared/cpu-time.ts';
import { keepsAlive } from './keeps-alive.ts';
import type { LoadResult } from './load.ts';
import { m } from './messages.ts';
import { median, medianRound, roundTurns } from './rounds.ts';
import { sleepBatch } from './sleep-batch.ts';

/** Measures every contender with the same load, side by side, and stops every server it started. */
export async function runBench(
  contenders: readonly Contender[],
  settings: BenchSettings,
  progress: (line: string) => void,
): Promise<BenchResult> {
  const { load, sleepMs, poolSize } = settings;
  const loadAverage = loadavg()[0]!;
  const servers: (ServerProcess | undefined)[] = [];
  const results = contenders.map((c): ContenderResult => ({
    ...c,
    roundsPerSecond: [],
    keepsAlive: false,
    keepAliveRoundsPerSecond: [],
    cpuPerRequestUs: {},
    sleep: [],
  }));
  const rounds = results.map(() => ({ closing: [] as LoadResult[], keptOpen: [] as LoadResult[] }));
  const cpuRounds = results.map(() => ({ closing: [] as number[], keptOpen: [] as number[] }));
  const getRoot = (
    server: ServerProcess,
    connections: number,
    durationMs: number,
    keepAlive = false,
  ) =>
    load.run({
      host: server.host,
      port: server.port,
      path: '/',
      connections,
      durationMs,
      keepAlive,
    });
  const alive = (index: number) => {
    const server = servers[index];
    if (server?.isRunning) return true;
    results[index]!.stopped ??= server?.describeState();
    return false;
  };
  try {
    for (const [index, contender] of contenders.entries()) {
      progress(m.starting(contender.name));
      const env = { SLEEP_MS: `${sleepMs}`, POOL_SIZE: `${poolSize}` };
      servers.push(
        // A busy machine may take many seconds to start a server with its threads.
        await startServer({ ...contender, env, readyTimeoutMs: 60_000 }).catch((error: Error) => {
          results[index]!.notStarted = error.message;
          return undefined;
        }),
      );
    }
    for (const [index, server] of servers.entries()) {
      if (alive(index)) results[index]!.keepsAlive = await keepsAlive(server!);
    }
    progress(m.warmingUp);
    for (const { index, keepAlive } of roundTurns(
      results.map((r) => r.keepsAlive),
      0,
    )) {
      if (alive(index)) await getRoot(servers[index]!, settings.connections, 1000, keepAlive);
    }
    for (let round = 0; round < settings.rounds; round++) {
      for (const { index, keepAlive } of roundTurns(
        results.map((r) => r.keepsAlive),
        round,
      )) {
        if (!alive(index)) continue;
        const { name } = results[index]!;
        progress(m.measuring(name, keepAlive, round + 1, settings.rounds));
        const { durationMs, connections } = settings;
        const server = servers[index]!;
        const cpuBefore = cpuSeconds(server.pid);
        const measured = await getRoot(server, connections, durationMs, keepAlive);
        const cpuUs = ((cpuSeconds(server.pid) ?? NaN) - (cpuBefore ?? NaN)) * 1e6;
        const way = keepAlive ? 'keptOpen' : 'closing';
        rounds[index]![way].push(measured);
        if (Number.isFinite(cpuUs) && measured.requests > 0) {
          cpuRounds[index]![way].push(cpuUs / measured.requests);
        }
      }
    }
    for (const [index, server] of servers.entries()) {
      if (!alive(index)) continue;
      progress(m.oneAtATime(results[index]!.name));
      results[index]!.oneAtATime = await getRoot(server!, 1, settings.durationMs);
    }
    const batches = [...new Set([1, poolSize, poolSize + 1, 2 * poolSize])];
    for (const [index, server] of servers.entries()) {
      const result = results[index]!;
      for (const concurrent of batches) {
        if (!alive(index)) break;
        progress(m.sleeping(result.name, concurrent));
        result.sleep.push(await sleepBatch(server!, concurrent, result.threads, sleepMs));
      }
      alive(index);
    }
  } finally {
    await Promise.all(servers.map((server) => server?.stop()));
  }
  servers.forEach((server, index) => {
    results[index]!.todo = server && starterTodo(server.output())?.message;
  });
  const perSecond = (measured: LoadResult[]) =>
    measured.map((round) => Math.round(round.requestsPerSecond));
  for (const [index, result] of results.entries()) {
    const { closing, keptOpen } = rounds[index]!;
    result.roundsPerSecond = perSecond(closing);
    result.throughput = medianRound(closing);
    result.keepAliveRoundsPerSecond = perSecond(keptOpen);
    result.keepAlive = medianRound(keptOpen);
    const cpu = cpuRounds[index]!;
    result.cpuPerRequestUs = { closing: median(cpu.closing), keptOpen: median(cpu.keptOpen) };
  }
  const { load: _, ...shown } = settings;
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage,
    },
    loadGenerator: load.name,
    settings: shown,
    contenders: results,
  };
}
