/**
 * Convergence of the case model under concurrency: 3-5 replicas run random model operations while
 * updates travel in random order, some twice, some dropped and resent later. After everything has
 * arrived, every replica must hold the same state, and that state must keep the model's
 * invariants (no dangling ids, at most one primary profile and one werkhypothese, a valid export).
 */
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  createCase,
  exportCase,
  importCase,
  openCase,
  PROFIELEN,
  PROFIEL_OORDELEN,
  REMOTE_ORIGIN,
  validateCase,
  type CaseModel,
  type ModelContext,
} from '../../shared/model/index.js';

const ORGS = ['org-vt', 'org-lt'] as const;
const SECTIES = ['zorgen', 'krachten', 'hypothesen'] as const;

type Op =
  | { k: 'persoon'; r: number; kind: boolean }
  | { k: 'update'; r: number; pick: number; gezag: boolean; woon: string }
  | { k: 'remove'; r: number; coll: number; pick: number }
  | { k: 'relatie'; r: number; a: number; b: number }
  | { k: 'gebeurtenis'; r: number; picks: number[] }
  | { k: 'betrokken'; r: number; pick: number; picks: number[] }
  | { k: 'factor'; r: number; picks: number[]; ev: number }
  | { k: 'hypothese'; r: number }
  | { k: 'bewijs'; r: number; h: number; f: number }
  | { k: 'werk'; r: number; h: number; status: number }
  | { k: 'primair'; r: number; p: number }
  | { k: 'oordeel'; r: number; p: number; o: number }
  | { k: 'typ'; r: number; s: number; pos: number; text: string }
  | { k: 'wis'; r: number; s: number; pos: number; len: number }
  | { k: 'actie'; r: number; status: number }
  | { k: 'deliver'; to: number; pick: number; keep: boolean }
  | { k: 'drop'; to: number; pick: number };

const r = fc.nat(4);
const pick = fc.nat(1000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('persoon' as const), r, kind: fc.boolean() }),
  fc.record({ k: fc.constant('update' as const), r, pick, gezag: fc.boolean(), woon: fc.constantFrom('thuis', 'opvang', 'oma') }),
  fc.record({ k: fc.constant('remove' as const), r, coll: fc.nat(4), pick }),
  fc.record({ k: fc.constant('relatie' as const), r, a: pick, b: pick }),
  fc.record({ k: fc.constant('gebeurtenis' as const), r, picks: fc.array(pick, { maxLength: 3 }) }),
  fc.record({ k: fc.constant('betrokken' as const), r, pick, picks: fc.array(pick, { maxLength: 3 }) }),
  fc.record({ k: fc.constant('factor' as const), r, picks: fc.array(pick, { maxLength: 2 }), ev: pick }),
  fc.record({ k: fc.constant('hypothese' as const), r }),
  fc.record({ k: fc.constant('bewijs' as const), r, h: pick, f: pick }),
  fc.record({ k: fc.constant('werk' as const), r, h: pick, status: fc.nat(3) }),
  fc.record({ k: fc.constant('primair' as const), r, p: fc.integer({ min: -1, max: 4 }) }),
  fc.record({ k: fc.constant('oordeel' as const), r, p: fc.nat(4), o: fc.nat(2) }),
  fc.record({ k: fc.constant('typ' as const), r, s: fc.nat(2), pos: pick, text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ k: fc.constant('wis' as const), r, s: fc.nat(2), pos: pick, len: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant('actie' as const), r, status: fc.nat(4) }),
  fc.record({ k: fc.constant('deliver' as const), to: r, pick, keep: fc.boolean() }),
  fc.record({ k: fc.constant('deliver' as const), to: r, pick, keep: fc.boolean() }),
  fc.record({ k: fc.constant('drop' as const), to: r, pick }),
);

/** Deterministic shuffle (mulberry32), so a failing seed replays exactly. */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function at<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

interface Replica {
  model: CaseModel;
  inbox: Uint8Array[];
  dropped: Uint8Array[];
}

function setup(count: number): Replica[] {
  let clock = 0;
  const ctxFor = (i: number): ModelContext => {
    let n = 0;
    // Equal clocks on purpose: ties must still order identically everywhere (by id).
    return {
      actor: { deelnemerId: `dn-${i}`, orgId: ORGS[i % 2]! },
      now: () => `2025-05-01T08:00:${String(clock++ % 60).padStart(2, '0')}.000Z`,
      newId: () => `r${i}-${++n}`,
    };
  };
  const first = createCase(new Y.Doc(), ctxFor(0), {
    titel: 'Gezin F. (fictief)',
    regio: 'Fuzz',
    grondslag: { type: 'wettelijke_taak' },
    aanbrengerOrgId: 'org-vt',
    organisaties: [
      { id: 'org-vt', naam: 'Veilig Thuis', type: 'VeiligThuis' },
      { id: 'org-lt', naam: 'Wijkteam', type: 'LokaalTeam' },
    ],
    maker: { naam: 'Voorzitter', rollen: ['voorzitter'] },
  });
  const base = Y.encodeStateAsUpdate(first.doc);
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base, REMOTE_ORIGIN);
    replicas.push({ model: openCase(doc, ctxFor(i)), inbox: [], dropped: [] });
  }
  replicas.forEach((replica, i) => {
    replica.model.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) return;
      replicas.forEach((other, j) => j !== i && other.inbox.push(update));
    });
  });
  return replicas;
}

function apply(replicas: Replica[], op: Op): void {
  if (op.k === 'deliver' || op.k === 'drop') {
    const to = replicas[op.to % replicas.length]!;
    if (to.inbox.length === 0) return;
    const index = op.pick % to.inbox.length;
    const update = to.inbox[index]!;
    if (op.k === 'drop') {
      to.inbox.splice(index, 1);
      to.dropped.push(update);
      return;
    }
    Y.applyUpdate(to.model.doc, update, REMOTE_ORIGIN);
    if (!op.keep) to.inbox.splice(index, 1); // kept ones arrive again later: duplicates
    return;
  }
  const m = replicas[op.r % replicas.length]!.model;
  const personen = m.personen.list().map((p) => p.id);
  switch (op.k) {
    case 'persoon':
      m.personen.add({ roepnaam: op.kind ? 'Kind' : 'Ouder', rolInGezin: op.kind ? 'kind' : 'ouder' });
      break;
    case 'update': {
      const id = at(personen, op.pick);
      if (id) m.personen.update(id, { gezag: op.gezag, woonsituatie: op.woon });
      break;
    }
    case 'remove': {
      const coll = (['personen', 'gebeurtenissen', 'hypothesen', 'factoren', 'relaties'] as const)[op.coll]!;
      const id = at(
        m[coll].list().map((e) => e.id),
        op.pick,
      );
      if (id) m[coll].remove(id);
      break;
    }
    case 'relatie': {
      const a = at(personen, op.a);
      const b = at(personen, op.b);
      if (a && b && a !== b) m.relaties.add({ vanPersoonId: a, naarPersoonId: b, type: 'partner', geweldRichting: 'van_naar' });
      break;
    }
    case 'gebeurtenis':
      m.gebeurtenissen.add({
        datum: '2025-02',
        datumPrecisie: 'maand',
        type: 'incident',
        titel: 'Incident',
        bronType: 'verklaring',
        betrokkenPersoonIds: [...new Set(op.picks.map((p) => at(personen, p)).filter((x): x is string => !!x))],
      });
      break;
    case 'betrokken': {
      const id = at(
        m.gebeurtenissen.list().map((e) => e.id),
        op.pick,
      );
      if (id) m.gebeurtenissen.update(id, { betrokkenPersoonIds: [...new Set(op.picks.map((p) => at(personen, p)).filter((x): x is string => !!x))] });
      break;
    }
    case 'factor': {
      const ev = at(
        m.gebeurtenissen.list().map((e) => e.id),
        op.ev,
      );
      m.factoren.add({
        soort: 'risico',
        niveau: 'ouder',
        titel: 'Factor',
        persoonIds: [...new Set(op.picks.map((p) => at(personen, p)).filter((x): x is string => !!x))],
        bewijsGebeurtenisIds: ev ? [ev] : [],
      });
      break;
    }
    case 'hypothese':
      m.hypothesen.add({ titel: 'Verklaring' });
      break;
    case 'bewijs': {
      const h = at(
        m.hypothesen.list().map((e) => e.id),
        op.h,
      );
      const f = at(
        m.factoren.list().map((e) => e.id),
        op.f,
      );
      if (h) m.bewijzen.add({ hypotheseId: h, richting: op.f % 2 === 0 ? 'voor' : 'tegen', tekst: 'bewijs', factorId: f });
      break;
    }
    case 'werk': {
      const h = at(
        m.hypothesen.list().map((e) => e.id),
        op.h,
      );
      if (h) m.analyse.setHypotheseStatus(h, (['open', 'aannemelijk', 'verworpen', 'werkhypothese'] as const)[op.status]!);
      break;
    }
    case 'primair':
      m.gezinsprofiel.setPrimair(op.p < 0 ? undefined : PROFIELEN[op.p]);
      break;
    case 'oordeel':
      m.gezinsprofiel.setOordeel(PROFIELEN[op.p]!, PROFIEL_OORDELEN[op.o]!);
      break;
    case 'typ': {
      const editor = m.analyse.sectieTekst(SECTIES[op.s]!);
      editor.insert(op.pos % (editor.toString().length + 1), op.text);
      break;
    }
    case 'wis': {
      const editor = m.analyse.sectieTekst(SECTIES[op.s]!);
      const length = editor.toString().length;
      if (length > 0) {
        const pos = op.pos % length;
        editor.delete(pos, Math.min(op.len, length - pos));
      }
      break;
    }
    case 'actie':
      m.actiepunten.add({
        omschrijving: 'Actie',
        eigenaarDeelnemerId: 'dn-0',
        eigenaarOrgId: 'org-vt',
        deadline: '2025-06-01',
        status: (['open', 'gedaan', 'niet_gedaan', 'niet_mogelijk_gewijzigde_omstandigheden', 'vervallen'] as const)[op.status]!,
      });
      break;
  }
}

describe('case model convergence (property-based)', () => {
  it('replicas converge to one valid state whatever the order, duplicates and drops', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.array(opArb, { minLength: 5, maxLength: 60 }), fc.nat(), (count, ops, shuffleSeed) => {
        const replicas = setup(count);
        for (const op of ops) apply(replicas, op);
        // Everything still in flight arrives, dropped updates are resent, in random order.
        replicas.forEach((replica, i) => {
          for (const update of shuffle([...replica.inbox, ...replica.dropped, ...replica.inbox.slice(0, 2)], shuffleSeed + i)) {
            Y.applyUpdate(replica.model.doc, update, REMOTE_ORIGIN);
          }
        });

        const [first, ...rest] = replicas.map((x) => x.model);
        const expected = exportCase(first!.doc);
        const vector = Y.encodeStateVector(first!.doc);
        for (const other of rest) {
          expect(Y.encodeStateVector(other.doc)).toEqual(vector);
          expect(exportCase(other.doc)).toEqual(expected);
        }
        for (const model of [first!, ...rest]) {
          expect(validateCase(model.doc).filter((p) => p.soort === 'fout')).toEqual([]);
          expect(PROFIELEN.filter((p) => model.gezinsprofiel.stand(p) === 'primair').length).toBeLessThanOrEqual(1);
          expect(model.hypothesen.list().filter((h) => model.analyse.hypotheseStatus(h.id) === 'werkhypothese').length).toBeLessThanOrEqual(1);
        }
        // The merged case is a valid case file: it imports again, and exports the same.
        const copy = new Y.Doc();
        const result = importCase(copy, JSON.parse(JSON.stringify(expected)), 'dn-0');
        expect(result).toEqual({ ok: true });
        expect(exportCase(copy)).toEqual(expected);
      }),
      { seed: 20250301, numRuns: 250 },
    );
    // 250 runs of up to 60 steps on up to five replicas, each exported and imported again: on a
    // shared, loaded machine that passes the default 30 s (a budget, not a speed check).
  }, 180_000);
});
