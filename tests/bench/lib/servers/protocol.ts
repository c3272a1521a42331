/** Types shared by the harness and the server child processes (IPC messages, server names). */

export type ServerName = 'tafel' | 'y-websocket' | 'hocuspocus';

export type ChildReport = { type: 'listening'; port: number } | { type: 'mem'; rss: number; heapUsed: number; external: number; arrayBuffers: number };

export type ParentRequest = { type: 'mem'; gc: boolean };
