/**
 * Presence through Yjs awareness (encrypted end to end by the sync session, never stored by the
 * relay): each client publishes who it is and which part it has open. The `user` field is also
 * what Tiptap's CollaborationCaret reads for the caret's name and colour.
 */
import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { isRole, type Role } from '../../shared/protocol/roles.js';
import { isPartId, type PartId } from './partIds.js';
import type { WorkspaceUser } from './workspaceContext.js';

export interface PresentPerson {
  readonly clientId: number;
  readonly name: string;
  readonly organisation: string;
  readonly role: Role | null;
  readonly color: string;
  readonly part: PartId | null;
  readonly isMe: boolean;
}

/** Announces this user (the caret reads `user.name` and `user.color`). */
export function announceUser(awareness: Awareness, user: WorkspaceUser): void {
  awareness.setLocalStateField('user', { name: user.name, organisation: user.organisation, role: user.role, color: user.color });
}

/** Announces which part this user has open. */
export function announcePart(awareness: Awareness, part: PartId): void {
  awareness.setLocalStateField('part', part);
}

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');
const COLOR = /^#[0-9a-f]{6}$/i;

/** Reads a peer's state defensively: awareness comes from other devices and may be anything. */
function personFrom(clientId: number, state: Record<string, unknown>, me: number): PresentPerson | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const u = user as Record<string, unknown>;
  const name = text(u['name'], 100);
  if (name === '') return null;
  const color = typeof u['color'] === 'string' && COLOR.test(u['color']) ? u['color'] : '#555555';
  return {
    clientId,
    name,
    organisation: text(u['organisation'], 100),
    role: isRole(u['role']) ? u['role'] : null,
    color,
    part: isPartId(state['part']) ? state['part'] : null,
    isMe: clientId === me,
  };
}

function readPeople(awareness: Awareness): PresentPerson[] {
  const out: PresentPerson[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const person = personFrom(clientId, state, awareness.clientID);
    if (person !== null) out.push(person);
  }
  // Me first, then by name, so the list does not jump around as people arrive.
  return out.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name, 'nl') || a.clientId - b.clientId);
}

const caches = new WeakMap<Awareness, { key: string; people: PresentPerson[] }>();

function snapshot(awareness: Awareness): PresentPerson[] {
  const people = readPeople(awareness);
  const key = JSON.stringify(people);
  const cached = caches.get(awareness);
  if (cached !== undefined && cached.key === key) return cached.people;
  caches.set(awareness, { key, people });
  return people;
}

/** The people in the case now; re-renders only when someone arrives, leaves or moves part. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  return useSyncExternalStore(
    (onChange) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    () => snapshot(awareness),
  );
}

/** The agenda item the chair has on screen in vergadermodus, so experts can follow it. */
export interface Agendapunt {
  readonly overlegId: string;
  readonly index: number;
}

/** Announces the agenda item this user has on screen (null: not in vergadermodus). */
export function announceAgendapunt(awareness: Awareness, punt: Agendapunt | null): void {
  awareness.setLocalStateField('agendapunt', punt);
}

function agendapuntVan(state: Record<string, unknown>, overlegId: string): number | null {
  const punt = state['agendapunt'];
  if (typeof punt !== 'object' || punt === null) return null;
  const { overlegId: id, index } = punt as Record<string, unknown>;
  return id === overlegId && typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 1000 ? index : null;
}

/**
 * The agenda item the chair (a peer with the relay role admin) has on screen in overleg
 * `overlegId`, or null when no chair is in vergadermodus there.
 */
export function useVoorzitterAgendapunt(awareness: Awareness, overlegId: string): number | null {
  return useSyncExternalStore(
    (onChange) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    () => {
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const user = state['user'] as Record<string, unknown> | undefined;
        if (user?.['role'] !== 'admin') continue;
        const index = agendapuntVan(state, overlegId);
        if (index !== null) return index;
      }
      return null;
    },
  );
}
