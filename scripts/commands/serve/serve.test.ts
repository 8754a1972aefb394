import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { freePort } from '../../learner-server/free-port.ts';
import { WorkbookCopy } from '../../shared/workbook/workbook-copy.ts';
import { isPortFree } from './port.ts';

const workbook = new WorkbookCopy();
afterAll(() => workbook.remove());

describe('npm run serve', () => {
  test('prints the address and what to try, serves, and stops cleanly on Ctrl-C', async () => {
    const port = await freePort();
    const serving = workbook.start('serve', ['4', '--solution', '--port', String(port)]);
    let output = '';
    serving.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
    await expect.poll(() => output, { timeout: 20_000 }).toContain('the 404 page');
    expect(output).toContain(`curl -i http://127.0.0.1:${port}/nothing-here`);
    const reply = await fetch(`http://127.0.0.1:${port}/`);
    expect(reply.status).toBe(200);
    serving.kill('SIGINT');
    const [code] = await once(serving, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('Server stopped.');
    expect(await isPortFree(port, '127.0.0.1')).toBe(true);
  });

  test('explains "address already in use" when the port is taken', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as { port: number };
    const result = workbook.run('serve', ['4', '--solution', '--port', String(port)]);
    taken.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('address already in use');
    expect(result.stderr).toContain(`--port ${port + 1}`);
  });
});
