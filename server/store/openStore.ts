/**
 * The store a relay runs on, from its `--store` setting: SQLite in the data directory (one
 * node, the default) or PostgreSQL (any number of nodes, told of each other by PgCluster).
 */
import path from 'node:path';
import { LocalCluster, type Cluster } from '../cluster/cluster.js';
import { PgCluster } from '../cluster/pgCluster.js';
import type { Logger } from '../log.js';
import { PgRelayStore } from './pgStore.js';
import type { RelayStore } from './relayStore.js';
import { SqliteRelayStore } from './sqliteStore.js';

export interface OpenedStore {
  readonly store: RelayStore;
  readonly cluster: Cluster;
}

/** `store`: 'sqlite' (file relay.db in `dataDir`) or a postgres:// URL. */
export async function openStore(store: string, dataDir: string, logger: Logger): Promise<OpenedStore> {
  if (store === 'sqlite') return { store: SqliteRelayStore.open(path.join(dataDir, 'relay.db')), cluster: new LocalCluster() };
  // The node id is chosen first: the store announces this node's appends under it.
  const nodeId = PgCluster.newNodeId();
  const pgStore = await PgRelayStore.open(store, nodeId);
  return { store: pgStore, cluster: new PgCluster(pgStore.pool, store, logger, nodeId) };
}
