/** Helpers for writing the demo case compactly (fixed ids and times, so tests can rely on them). */
import type { Gevoeligheid } from './fields.js';

/** The demo's creation moment. */
export const DEMO_T0 = '2025-03-03T09:00:00.000Z';

/** Entity metadata for the demo: author `door` of organisation `org`. */
export function demoMeta(id: string, org: string, door: string, gevoeligheid: Gevoeligheid = 'bijzonder', op: string = DEMO_T0) {
  return { id, aangemaaktOp: op, aangemaaktDoor: door, gewijzigdOp: op, gewijzigdDoor: door, bronOrgId: org, gevoeligheid };
}

/** An open proposal in the demo (Voorstellen mode): Fatima (GGZ) proposes an addition to "Krachten". */
export const DEMO_VOORSTEL_ID = `dn-fatima~${Date.parse('2025-03-11T08:30:00.000Z').toString(36)}~demo`;
