// The PostgreSQL store against a real, throwaway PostgreSQL cluster: the shared store contract
// (two handles stand for two relay nodes), migrations, and the durability setting it insists on.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgRelayStore } from '../../server/store/pgStore.js';
import { PG_SCHEMA_VERSION } from '../../server/store/pgSchema.js';
import { startPostgres, type TestPostgres } from '../helpers/postgresCluster.js';
import { relayStoreContract } from '../helpers/relayStoreContract.js';

let postgres: TestPostgres;
let url: string;
beforeAll(async () => {
  postgres = await startPostgres();
  url = await postgres.createDatabase();
}, 60_000);
afterAll(async () => {
  await postgres?.stop();
});

relayStoreContract('PostgreSQL', {
  concurrentHandles: true,
  open: () => PgRelayStore.open(url, 'test-node'),
  reopen: () => PgRelayStore.open(url, 'other-node'),
});

describe('PgRelayStore', () => {
  it('creates its schema once when two nodes start together, and refuses a newer schema with a clear message', async () => {
    const fresh = await postgres.createDatabase();
    const [a, b] = await Promise.all([PgRelayStore.open(fresh, 'a'), PgRelayStore.open(fresh, 'b')]);
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: fresh });
    await client.connect();
    expect((await client.query('SELECT version FROM tafel_schema')).rows).toEqual([{ version: PG_SCHEMA_VERSION }]);
    await client.query('UPDATE tafel_schema SET version = version + 1');
    await client.end();
    await expect(PgRelayStore.open(fresh)).rejects.toThrow(`has schema version ${PG_SCHEMA_VERSION + 1}, this relay knows up to ${PG_SCHEMA_VERSION}`);
  });

  it('refuses to run where a commit is not durable (synchronous_commit off)', async () => {
    const fresh = await postgres.createDatabase();
    const client = new pg.Client({ connectionString: postgres.adminUrl });
    await client.connect();
    await client.query(`ALTER DATABASE ${fresh.split('/').at(-1)} SET synchronous_commit = off`);
    await client.end();
    await expect(PgRelayStore.open(fresh)).rejects.toThrow(/synchronous_commit = off/);
  });
});
