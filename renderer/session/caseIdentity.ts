/**
 * Who this user is inside a case: their deelnemer id. Remembered per case on this device in the
 * vault (encrypted; the case document itself holds the deelnemer). A joiner becomes a deelnemer
 * exactly once: the remembered id, else a deelnemer with the same naam and organisatie, else a
 * new one (the organisation added if the case does not have it yet).
 */
import { defaultContext, openCase, type CaseModel, type Rol } from '../../shared/model/index.js';
import type { HostVault } from '../../shared/host/hostApi.js';
import { canWrite, type Role } from '../../shared/protocol/roles.js';
import type { Profile } from './profile.js';

/** The vault entry with this device's deelnemer id in a case. */
export const deelnemerVaultName = (room: string): string => `tafel:deelnemer:${room}`;
const keyFor = deelnemerVaultName;

/** The case roles a relay role brings with it. */
export function rollenFor(role: Role | null): Rol[] {
  switch (role) {
    case 'admin':
    case null:
      return ['voorzitter'];
    case 'member':
      return ['expert'];
    case 'observer':
      return ['observer'];
  }
}

export async function rememberDeelnemer(vault: HostVault, room: string, deelnemerId: string): Promise<void> {
  const saved = await vault.put(keyFor(room), new TextEncoder().encode(deelnemerId));
  if (!saved.ok) throw new Error(`vault: ${saved.error.code}`);
}

/** The deelnemer id this user has in the case, as remembered on this device; null if none yet. */
export async function rememberedDeelnemer(vault: HostVault, room: string): Promise<string | null> {
  const stored = await vault.get(keyFor(room));
  return stored.ok && stored.value !== null ? new TextDecoder().decode(stored.value) : null;
}

const same = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

function findByProfile(model: CaseModel, profile: Profile): string | null {
  for (const d of model.deelnemers.list()) {
    const org = model.organisaties.get(d.organisatieId);
    if (same(d.naam, profile.naam) && org !== undefined && same(org.naam, profile.organisatie)) return d.id;
  }
  return null;
}

/**
 * The chair took this device's access away: unless the same person still has another device in
 * the room, their deelnemer leaves the table (`vertrokkenOp`), so pickers no longer offer them and
 * nobody records a statement in their name. What they contributed stays theirs. `model` acts as
 * the chair; `overige` are the room's other active devices.
 */
export function markeerVertrokken(model: CaseModel, label: RoomDevice['label'], overige: readonly RoomDevice[]): void {
  const profiel = { naam: label.name, organisatie: label.organisation, organisatietype: 'Overig' as const, functie: '' };
  const id = findByProfile(model, profiel);
  if (id === null || overige.some((d) => d.status === 'active' && same(d.label.name, label.name) && same(d.label.organisation, label.organisation))) return;
  if (model.deelnemers.get(id)?.vertrokkenOp === undefined) model.deelnemers.update(id, { vertrokkenOp: model.ctx.now() });
}

/** This user's deelnemer in the case, and whether the case lists them. */
export interface CaseIdentity {
  readonly deelnemerId: string;
  /** False for an observer whom the chair has not added: they read as a guest with the observer role. */
  readonly listed: boolean;
}

/**
 * Finds (or, for a role that may write, adds) this user's deelnemer in the case document. An
 * observer cannot write (the relay refuses it), so an unlisted observer reads as a guest.
 */
export async function ensureDeelnemer(doc: CaseModel['doc'], vault: HostVault, room: string, profile: Profile, role: Role | null): Promise<CaseIdentity> {
  const probe = openCase(doc, defaultContext({ deelnemerId: '', orgId: '' }));
  const remembered = await rememberedDeelnemer(vault, room);
  if (remembered !== null && probe.deelnemers.get(remembered) !== undefined) return { deelnemerId: remembered, listed: true };
  const found = findByProfile(probe, profile);
  if (found !== null) {
    await rememberDeelnemer(vault, room, found);
    return { deelnemerId: found, listed: true };
  }
  const deelnemerId = probe.ctx.newId();
  if (role !== null && !canWrite(role)) return { deelnemerId, listed: false };
  const existingOrg = probe.organisaties.list().find((o) => same(o.naam, profile.organisatie));
  const orgId = existingOrg?.id ?? probe.ctx.newId();
  const model = openCase(doc, defaultContext({ deelnemerId, orgId }));
  if (existingOrg === undefined) model.organisaties.add({ naam: profile.organisatie, type: profile.organisatietype }, { id: orgId });
  model.deelnemers.add(
    { naam: profile.naam, organisatieId: orgId, ...(profile.functie === '' ? {} : { functie: profile.functie }), rollen: rollenFor(role), toegang: 'volledig' },
    { id: deelnemerId },
  );
  await rememberDeelnemer(vault, room, deelnemerId);
  return { deelnemerId, listed: true };
}

/** A device in the room as the relay lists it (the part this module needs). */
export interface RoomDevice {
  readonly role: Role;
  readonly status: 'active' | 'pending';
  readonly label: { readonly name: string; readonly organisation: string };
}

/**
 * The chair lists admitted observers as deelnemers (an observer cannot write itself, and the
 * case's deelnemers are its need-to-know list). Matched by naam and organisatie, so each is added
 * once; a missing organisation is added as 'Overig' (the relay's label has no type). Returns how
 * many were added. `model` must act as the chair.
 */
export function listObservers(model: CaseModel, devices: readonly RoomDevice[]): number {
  let added = 0;
  for (const device of devices) {
    const naam = device.label.name.trim();
    const organisatie = device.label.organisation.trim();
    if (device.role !== 'observer' || device.status !== 'active' || naam === '') continue;
    if (findByProfile(model, { naam, organisatie, organisatietype: 'Overig', functie: '' }) !== null) continue;
    let organisatieId = organisatie === '' ? model.ctx.actor.orgId : model.organisaties.list().find((o) => same(o.naam, organisatie))?.id;
    organisatieId ??= model.organisaties.add({ naam: organisatie, type: 'Overig' });
    model.deelnemers.add({ naam, organisatieId, rollen: ['observer'], toegang: 'volledig' });
    added++;
  }
  return added;
}
