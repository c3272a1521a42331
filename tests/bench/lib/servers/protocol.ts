/** Types shared by the harness and the server child processes (IPC messages, server names). */

/** What the harness compares: Tafel on SQLite, on PostgreSQL, two Tafel nodes behind HAProxy, and the reference servers. */
export type ServerName = 'tafel' | 'tafel-postgres' | 'tafel-2-nodes' | 'y-websocket' | 'hocuspocus';

/** What one child process runs (the PostgreSQL rows run `tafel` children with BENCH_TAFEL_STORE set). */
export type ProcessKind = 'tafel' | 'y-websocket' | 'hocuspocus';

export type ChildReport = { type: 'listening'; port: number } | { type: 'mem'; rss: number; heapUsed: number; external: number; arrayBuffers: number };

export type ParentRequest = { type: 'mem'; gc: boolean };
