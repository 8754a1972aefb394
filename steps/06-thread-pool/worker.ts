import { on } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { Job, Outcome } from './thread-pool.ts';

// What every thread of the pool runs: it takes jobs one at a time, in the order they arrive, and
// sends back how each one ended.
const { id } = workerData as { id: number };
const pool = parentPort!;

// TODO(step 6): take the jobs the pool sends, one at a time: for await (… of on(pool, 'message')).
// For each, print "Worker {id} got a job; executing.", run it, and post its Outcome back.
// TR: Havuzun gönderdiği işleri birer birer alın: for await (… of on(pool, 'message')). Her biri için "Worker {id} got a job; executing." yazdırın, işi çalıştırın ve Outcome'ını geri gönderin.
throw new Error('TODO(step 6): take jobs from the pool and run them (see README.md)');

async function run(job: Job): Promise<Outcome> {
  // TODO(step 6): import job.module, call its export named job.name with ...job.args, and return
  // { ok: true, value }. If anything throws, return { ok: false, error } instead.
  // TR: job.module'ü içe aktarın (import), job.name adlı dışa aktarımını ...job.args ile çağırın ve { ok: true, value } döndürün. Herhangi bir şey hata fırlatırsa bunun yerine { ok: false, error } döndürün.
  throw new Error('TODO(step 6): run one job (see README.md)');
}
