import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildAgreedContent, type AgreedVersion } from '../export/index.js';
import { defaultContext, demoCaseJson, importCase, openCase, type CaseJson } from '../model/index.js';
import type { DeviceInfo } from '../protocol/messages.js';
import { apparaat, logInfo, settle, type Wie } from '../../tests/helpers/afschermingPeers.js';
import { openAfgeschermdeVersie } from './versie.js';

const NOODNUMMER = '06-55554444';
const INGRID: Wie = {
  deelnemerId: 'dn-ingrid',
  orgId: 'org-vt',
  rollen: ['voorzitter'],
  label: { name: 'Ingrid (fictief)', organisation: 'Veilig Thuis Voorbeeldregio' },
};
const MILA: Wie = { deelnemerId: 'dn-mila', orgId: 'org-opvang', rollen: ['expert'], label: { name: 'Mila (fictief)', organisation: 'Sterk Huis Voorbeeld' } };
const LOTTE: Wie = {
  deelnemerId: 'dn-lotte',
  orgId: 'org-lokaalteam',
  rollen: ['casusregisseur'],
  label: { name: 'Lotte (fictief)', organisation: 'Wijkteam Centrum' },
};

describe('agreed versions hold sealed noodcontacten sealed', () => {
  it('the stored content has no plaintext; an audience device opens it for an export, another cannot', async () => {
    const json = demoCaseJson() as CaseJson;
    const seed = new Y.Doc();
    expect(importCase(seed, { ...json, noodcontacten: [] }, 'dn-ingrid').ok).toBe(true);
    const log = { list: [] as DeviceInfo[] };
    const ingrid = await apparaat(seed, INGRID, () => log.list);
    const mila = await apparaat(seed, MILA, () => log.list);
    const lotte = await apparaat(seed, LOTTE, () => log.list);
    log.list = [logInfo(ingrid, INGRID.label, 'admin'), logInfo(mila, MILA.label), logInfo(lotte, LOTTE.label)];
    ingrid.model.noodcontacten.add(
      { planId: 'plan-1', naam: 'Buurvrouw', telefoon: NOODNUMMER, wanneer: 'Altijd', zichtbaarVoor: ['voorzitter', 'dn-mila'] },
      { id: 'nc-1' },
    );
    await settle(ingrid, mila, lotte);

    const inhoud = buildAgreedContent(ingrid.model);
    expect(JSON.stringify(inhoud)).not.toContain(NOODNUMMER);
    // Every device builds the same content (the fingerprint is the same everywhere).
    expect(JSON.stringify(buildAgreedContent(lotte.model))).toBe(JSON.stringify(inhoud));
    const versie = { inhoud } as AgreedVersion;
    const voorMila = await openAfgeschermdeVersie(versie, mila.doc);
    expect(voorMila.inhoud.plan.noodcontacten.find((n) => n.id === 'nc-1')).toMatchObject({ telefoon: NOODNUMMER, naam: 'Buurvrouw' });
    const voorLotte = await openAfgeschermdeVersie(versie, lotte.doc);
    expect(JSON.stringify(voorLotte)).not.toContain(NOODNUMMER);
    expect(openCase(lotte.doc, defaultContext({ deelnemerId: 'dn-lotte', orgId: 'org-lokaalteam' })).noodcontacten.get('nc-1')?.telefoon).toBe('');
  });
});
