import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail the local server received: its envelope recipients and raw data. */
export interface ReceivedMail {
  to: string[];
  data: string;
}

/**
 * A real SMTP server on 127.0.0.1 for tests (no auth, no STARTTLS) that keeps what it receives;
 * it can be stopped and started again on the same port (mail retried while it is down).
 */
export function localMailbox() {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          done();
        });
      },
    });
  return {
    received,
    get port() {
      return port;
    },
    async start() {
      server = make();
      await new Promise<void>((r) => server!.listen(port, '127.0.0.1', r));
      port = (server.server.address() as AddressInfo).port;
    },
    async stop() {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((r) => s.close(() => r()));
    },
  };
}
