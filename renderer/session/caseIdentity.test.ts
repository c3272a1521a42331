import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCase, defaultContext, openCase } from '../../shared/model/index.js';
import { MemoryVault } from '../../tests/helpers/syncHarness.js';
import { ensureDeelnemer, listObservers, markeerVertrokken, rememberDeelnemer, rollenFor } from './caseIdentity.js';
import type { Profile } from './profile.js';

const chair: Profile = { naam: 'Ingrid de Vries', organisatie: 'ZVH Midden', organisatietype: 'ZVH', functie: 'procesregisseur' };
const expert: Profile = { naam: 'Pieter Bakker', organisatie: 'Politie Midden', organisatietype: 'Politie', functie: '' };

function chairsCase(): Y.Doc {
  const doc = new Y.Doc();
  createCase(doc, defaultContext({ deelnemerId: 'dn-chair', orgId: 'org-zvh' }), {
    titel: 'Gezin K.',
    regio: 'Midden',
    grondslag: { type: 'wettelijke_taak' },
    organisaties: [{ id: 'org-zvh', naam: chair.organisatie, type: 'ZVH' }],
    aanbrengerOrgId: 'org-zvh',
    maker: { naam: chair.naam, rollen: ['voorzitter'] },
  });
  return doc;
}

const read = (doc: Y.Doc) => openCase(doc, defaultContext({ deelnemerId: '', orgId: '' }));

describe('a joiner becomes a deelnemer of the case', () => {
  it('once, with their organisation and the case role of their relay role, and is found again', async () => {
    const doc = chairsCase();
    const vault = new MemoryVault();
    const first = await ensureDeelnemer(doc, vault, 'room-1', expert, 'member');
    expect(first.listed).toBe(true);
    const model = read(doc);
    const me = model.deelnemers.get(first.deelnemerId);
    expect(me).toMatchObject({ naam: expert.naam, rollen: ['expert'] });
    expect(model.organisaties.get(me!.organisatieId)).toMatchObject({ naam: 'Politie Midden', type: 'Politie' });

    const again = await ensureDeelnemer(doc, vault, 'room-1', expert, 'member');
    expect(again.deelnemerId).toBe(first.deelnemerId);
    expect(read(doc).deelnemers.list()).toHaveLength(2);
    expect(read(doc).organisaties.list()).toHaveLength(2);
  });

  it('on another device of the same person (nothing remembered) matches naam and organisatie instead of adding a second', async () => {
    const doc = chairsCase();
    const first = await ensureDeelnemer(doc, new MemoryVault(), 'room-1', expert, 'member');
    const secondDevice = await ensureDeelnemer(doc, new MemoryVault(), 'room-1', { ...expert, naam: ' pieter bakker ' }, 'member');
    expect(secondDevice.deelnemerId).toBe(first.deelnemerId);
    expect(read(doc).deelnemers.list()).toHaveLength(2);
  });

  it('joins an organisation the case already has rather than adding it twice', async () => {
    const doc = chairsCase();
    const colleague: Profile = { naam: 'Anna Jansen', organisatie: 'zvh midden', organisatietype: 'ZVH', functie: '' };
    const joined = await ensureDeelnemer(doc, new MemoryVault(), 'room-1', colleague, 'admin');
    expect(read(doc).deelnemers.get(joined.deelnemerId)).toMatchObject({ organisatieId: 'org-zvh', rollen: ['voorzitter'] });
    expect(read(doc).organisaties.list()).toHaveLength(1);
  });

  it('an observer writes nothing (the relay would refuse it) and reads as an unlisted guest', async () => {
    const doc = chairsCase();
    const before = Y.encodeStateVector(doc);
    const guest = await ensureDeelnemer(doc, new MemoryVault(), 'room-1', expert, 'observer');
    expect(guest.listed).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(rollenFor('observer')).toEqual(['observer']);
  });

  it('the maker, remembered at creation, is found by id', async () => {
    const doc = chairsCase();
    const vault = new MemoryVault();
    await rememberDeelnemer(vault, 'room-1', 'dn-chair');
    expect(await ensureDeelnemer(doc, vault, 'room-1', { ...chair, naam: 'Changed Name' }, 'admin')).toEqual({ deelnemerId: 'dn-chair', listed: true });
  });

  it('the chair lists an admitted observer once (the observer cannot write itself), and the observer then finds itself', async () => {
    const doc = chairsCase();
    const asChair = openCase(doc, defaultContext({ deelnemerId: 'dn-chair', orgId: 'org-zvh' }));
    const observer = { role: 'observer' as const, status: 'active' as const, label: { name: 'Wim Waarnemer', organisation: 'Gemeente Midden' } };
    const waiting = { ...observer, status: 'pending' as const, label: { name: 'Nog Niet', organisation: 'Gemeente Midden' } };
    expect(listObservers(asChair, [observer, waiting])).toBe(1);
    expect(listObservers(asChair, [observer, waiting])).toBe(0);
    const listed = read(doc)
      .deelnemers.list()
      .find((d) => d.naam === 'Wim Waarnemer');
    expect(listed).toMatchObject({ rollen: ['observer'] });
    expect(read(doc).organisaties.get(listed!.organisatieId)).toMatchObject({ naam: 'Gemeente Midden', type: 'Overig' });

    const seen = await ensureDeelnemer(
      doc,
      new MemoryVault(),
      'room-1',
      { naam: 'Wim Waarnemer', organisatie: 'Gemeente Midden', organisatietype: 'Gemeente', functie: '' },
      'observer',
    );
    expect(seen).toEqual({ deelnemerId: listed!.id, listed: true });
  });
});

describe('a deelnemer whose access the chair took away', () => {
  it('leaves the table unless another device of theirs is still in the room', async () => {
    const doc = chairsCase();
    const { deelnemerId } = await ensureDeelnemer(doc, new MemoryVault(), 'room-1', expert, 'member');
    const alsVoorzitter = openCase(doc, defaultContext({ deelnemerId: 'dn-chair', orgId: 'org-zvh' }));
    const label = { name: expert.naam, organisation: expert.organisatie };
    markeerVertrokken(alsVoorzitter, label, [{ role: 'member', status: 'active', label }]);
    expect(read(doc).deelnemers.get(deelnemerId)?.vertrokkenOp).toBeUndefined();
    markeerVertrokken(alsVoorzitter, label, []);
    expect(read(doc).deelnemers.get(deelnemerId)?.vertrokkenOp).toBeDefined();
    // Their contributions stay: the deelnemer is still in the case, only no longer at the table.
    expect(read(doc).deelnemers.has(deelnemerId)).toBe(true);
  });
});
