import { m } from '../../../steps/01-tcp-listen/messages.ts';
import { m as harness } from '../../harness/messages.ts';
import type { Edit } from './mutant.ts';
import type { Mistake } from './mistake.ts';

const step = '01-tcp-listen';
const file = 'server.test.ts';
const inServer = (from: string, to: string): Edit => ({ file: 'server.ts', from, to });
const greeting = "console.log('Connection established!');";

export const step01: Mistake[] = [
  {
    what: 'listens on 127.0.0.1 whatever HOST says',
    step,
    file,
    check: m.listensOnGivenHostOnly.name,
    hint: m.listensOnGivenHostOnly.hint,
    edits: [inServer('server.listen(port, host,', "server.listen(port, '127.0.0.1',")],
  },
  {
    what: 'greets a connection only once it has ended',
    step,
    file,
    check: m.printsOncePerConnection.name,
    hint: m.printsOncePerConnection.lateHint,
    edits: [
      inServer(`  ${greeting}\n`, ''),
      inServer(
        '  socket.end();',
        `  socket.on('end', () => ${greeting.slice(0, -1)});\n  socket.end();`,
      ),
    ],
  },
  {
    what: 'listens on every network interface',
    step,
    file,
    check: m.listensOnGivenHostOnly.name,
    hint: m.listensOnGivenHostOnly.hint,
    edits: [inServer('server.listen(port, host,', 'server.listen(port,')],
  },
  {
    what: 'prints the greeting with a capital E',
    step,
    file,
    check: m.printsOncePerConnection.name,
    hint: m.printsOncePerConnection.almostHint,
    edits: [inServer(greeting, "console.log('Connection Established!');")],
  },
  {
    what: 'greets in the listen callback instead of for each connection',
    step,
    file,
    check: m.printsOncePerConnection.name,
    hint: m.printsOncePerConnection.notForThisOneHint,
    edits: [
      inServer(greeting, ''),
      inServer('console.log(`Listening', `${greeting}console.log(\`Listening`),
    ],
  },
  {
    what: 'greets twice per connection',
    step,
    file,
    check: m.printsOncePerConnection.name,
    hint: m.printsOncePerConnection.countHint,
    edits: [inServer(greeting, greeting + greeting)],
  },
  {
    what: "has no 'error' listener on its sockets",
    step,
    file,
    check: m.keepsRunningWhenClientLeavesAtOnce.name,
    hint: m.keepsRunningWhenClientLeavesAtOnce.crashedHint,
    edits: [inServer("socket.on('error', () => {});", '')],
  },
  {
    what: 'never ends the connection',
    step,
    file,
    check: m.endsConnectionAfterGreeting.name,
    hint: m.endsConnectionAfterGreeting.hint,
    edits: [inServer('socket.end();', '')],
  },
  {
    what: 'imports node:http',
    step,
    file,
    check: m.buildsOnNetAlone.name,
    hint: harness.forbiddenImportHint,
    edits: [
      inServer("import net from 'node:net';", "import net from 'node:net';\nimport 'node:http';"),
    ],
  },
];
