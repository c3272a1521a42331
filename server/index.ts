/**
 * The relay's command line: `node dist/server/index.js [--port 4455] [--host 127.0.0.1]
 * [--data DIR] [--access-key KEY]` (or TAFEL_* environment variables). Importing this module has
 * no side effects; it only runs when started as the main script.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateAccessKey } from './accessKey.js';
import { readConfig } from './config.js';
import { createLogger, errorFields } from './log.js';
import { startRelay } from './startRelay.js';

export { startRelay, type RunningRelay, type StartRelayOptions } from './startRelay.js';

async function main(): Promise<void> {
  const result = readConfig(process.argv.slice(2), process.env);
  if (!result.ok) {
    (result.help ? console.log : console.error)(result.message);
    process.exit(result.help ? 0 : 2);
  }
  const { config } = result;
  const logger = createLogger();
  const key = loadOrCreateAccessKey(config.dataDir, config.accessKey);
  const relay = await startRelay({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    store: config.store,
    accessKey: key.key,
    logger,
    trustProxy: config.trustProxy === 'yes',
    ...(config.metricsToken === undefined ? {} : { metricsToken: config.metricsToken }),
    limits: {
      ...(config.framesPerSecond === undefined ? {} : { framesPerSecond: config.framesPerSecond }),
      ...(config.frameBurst === undefined ? {} : { frameBurst: config.frameBurst }),
      ...(config.connectionsPerRoom === undefined ? {} : { connectionsPerRoom: config.connectionsPerRoom }),
    },
    ...(config.staticDir === undefined ? {} : { staticDir: path.resolve(config.staticDir) }),
    closedNetwork: config.closedNetwork === 'yes',
    accessLogDays: config.accessLogDays,
  });
  console.log(`Tafel-relay luistert op ${relay.url} — open deze URL in Chromium voor de browserversie.`);
  console.log(`Tafel relay listening on ${relay.url} — open this URL in Chromium for the browser version.`);
  if (key.origin === 'created' && process.stdout.isTTY === true) {
    // Shown once, on the start that made it, and only on a terminal: the operator needs it to
    // create rooms, and stdout under systemd or docker is a log stream that must never hold it.
    console.log(`Nieuwe toegangssleutel / new access key (saved in ${key.file}, mode 0600): ${key.key}`);
  } else if (key.origin !== 'configured') {
    console.log(`Toegangssleutel / access key: ${key.file} (alleen leesbaar voor de beheerder / readable by the operator only)`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('relay-stopping', { signal });
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('relay-stop-failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? 'De poort is al in gebruik / the port is already in use' : 'Relay start failed', errorFields(error));
    process.exit(1);
  });
}
