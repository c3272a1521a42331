/** @hocuspocus/server 3.4.4 with default settings (no extensions), on loopback. */
import { Server } from '@hocuspocus/server';

export async function startHocuspocusServer(port: number): Promise<number> {
  // Defaults except where we must: loopback, quiet start screen, the harness handles signals.
  const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  return server.address.port;
}
