/**
 * The canonical serialisation of an agreed version: JSON with keys sorted at every level, no
 * whitespace, no undefined values, entities in the model's stable list order (created-at, then
 * id: the same on every replica) and text in one normal form (see text.ts). Equal content gives
 * byte-equal text on every device, so its SHA-256 is the version's fingerprint.
 */
import { afgeschermdMap, beslistMee, levensloopStand, readRichDoc, type Actiepunt, type CaseModel, type RichDoc } from '../model/index.js';
import {
  AGREED_CONTENT_FORMAT,
  AGREED_CONTENT_VERSION,
  type AgreedContent,
  type ActiepuntInhoud,
  type OverlegInhoud,
  type TerugblikInhoud,
} from './agreedContent.js';
import { normaliseText, richToText } from './text.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function canonicalValue(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('not a finite number');
    return value;
  }
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => canonicalValue(v) ?? null);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonicalValue((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  throw new TypeError('not JSON');
}

/** Canonical JSON text of a value (sorted keys, no whitespace, undefined left out, NFC strings). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value) ?? null);
}

const rich = (doc: RichDoc): string => richToText(doc);
const plain = (text: string | undefined): string | undefined => (text === undefined ? undefined : normaliseText(text));
const item = (e: { id: string; bronOrgId: string }): { id: string; bronOrgId: string } => ({ id: e.id, bronOrgId: e.bronOrgId });

/**
 * Who took a besluit, as the verslag may say it: deelnemers with a deciding role (never an
 * observer or notulist, beslissen.ts) and, when attendance was recorded, present at the meeting.
 */
function genomenDoor(model: CaseModel, overlegId: string, ids: readonly string[]): string[] {
  const aanwezigheid = model.aanwezigheid.list().filter((a) => a.overlegId === overlegId);
  const aanwezig = new Set(aanwezigheid.filter((a) => a.aanwezig === 'aanwezig').map((a) => a.wie));
  return ids.filter((id) => {
    const d = model.deelnemers.get(id);
    return d !== undefined && beslistMee(d.rollen) && (aanwezigheid.length === 0 || aanwezig.has(id));
  });
}

function overlegInhoud(model: CaseModel, overlegId: string): OverlegInhoud | undefined {
  const o = model.overleggen.get(overlegId);
  if (!o) return undefined;
  return {
    ...item(o),
    type: o.type,
    datum: o.datum,
    voorzitterId: o.voorzitterId,
    notulistId: o.notulistId,
    agenda: o.agenda.map(normaliseText),
    verslag: rich(o.verslag),
    wegingEnKwalificatie: rich(o.wegingEnKwalificatie),
    aanwezigheid: model.aanwezigheid
      .list()
      .filter((a) => a.overlegId === overlegId)
      .map((a) => ({
        ...item(a),
        wie: a.wie,
        organisatieId: a.organisatieId,
        rol: a.rol,
        aanwezig: a.aanwezig,
        informatieOntvangenOp: a.informatieOntvangenOp,
        vertrouwelijkheidBevestigd: a.vertrouwelijkheidBevestigd,
      })),
    besluiten: model.besluiten
      .list()
      .filter((b) => b.overlegId === overlegId)
      .map((b) => ({
        ...item(b),
        datum: b.datum,
        tekst: normaliseText(b.tekst),
        onderbouwing: rich(b.onderbouwing),
        genomenDoor: genomenDoor(model, overlegId, b.genomenDoor),
        tegenspraakDoor: b.tegenspraakDoor,
        tegenspraak: plain(b.tegenspraak),
        gezinGeinformeerd: b.gezinGeinformeerd,
        reactieGezin: plain(b.reactieGezin),
      })),
    actiepunten: model.actiepunten
      .list()
      .filter((a) => a.overlegId === overlegId)
      .map((a): ActiepuntInhoud => ({ ...actiepunt(a), besluitId: a.besluitId })),
    // Reviewed here: the same points the meeting's review shows (renderer ActiepuntenReview), less
    // the ones still waiting for a word.
    terugblik: model.actiepunten
      .list()
      .filter((a) => a.gereviewdInOverlegId === overlegId && a.overlegId !== overlegId)
      .map(actiepunt),
  };
}

function actiepunt(a: Actiepunt): TerugblikInhoud {
  return {
    ...item(a),
    omschrijving: normaliseText(a.omschrijving),
    eigenaarDeelnemerId: a.eigenaarDeelnemerId,
    eigenaarOrgId: a.eigenaarOrgId,
    deadline: a.deadline,
    status: a.status,
    terugkoppeling: plain(a.terugkoppeling),
  };
}

/**
 * The agreed content of the live case now: analysis, gezinsprofiel, plan and, with `overlegId`,
 * that overleg's verslag, besluiten, actiepunten and the actiepunten of earlier overleggen reviewed
 * in it. Read in one go, before anything async.
 */
export function buildAgreedContent(model: CaseModel, overlegId?: string): AgreedContent {
  const casus = model.meta.get();
  const analyse = model.analyse.get();
  const profiel = model.gezinsprofiel.get();
  const standpunten = model.standpunten.list();
  const overleg = overlegId === undefined ? undefined : overlegInhoud(model, overlegId);
  const bewijzen = model.bewijzen.list().map((b) => ({
    ...item(b),
    hypotheseId: b.hypotheseId,
    richting: b.richting,
    tekst: normaliseText(b.tekst),
    factorId: b.factorId,
    gebeurtenisId: b.gebeurtenisId,
  }));
  const profielStandpunten = model.profielStandpunten.list().map((s) => ({
    ...item(s),
    deelnemerId: s.deelnemerId,
    primair: s.primair,
    secundair: s.secundair,
    uitgesloten: s.uitgesloten,
    toelichting: plain(s.toelichting),
    datum: s.datum,
  }));
  const tijdlijn = model.gebeurtenissen.list().map((g) => ({
    ...item(g),
    datum: g.datum,
    datumPrecisie: g.datumPrecisie,
    type: g.type,
    titel: normaliseText(g.titel),
    omschrijving: plain(g.omschrijving),
    betrokkenPersoonIds: g.betrokkenPersoonIds,
    bronType: g.bronType,
    betrouwbaarheid: g.betrouwbaarheid,
    ernst: g.ernst,
    kinderenAanwezig: g.kinderenAanwezig,
  }));
  const taxaties = model.risicotaxaties.list().map((r) => ({
    ...item(r),
    instrument: r.instrument,
    instrumentVersie: plain(r.instrumentVersie),
    type: r.type,
    betreftPersoonIds: r.betreftPersoonIds,
    datum: r.datum,
    uitgevoerdDoorOrgId: r.uitgevoerdDoorOrgId,
    uitkomst: normaliseText(r.uitkomst),
    professioneelOordeel: rich(r.professioneelOordeel),
    geldigTot: r.geldigTot,
  }));
  const schalen = model.veiligheidsSchalen
    .list()
    .map((s) => ({ ...item(s), zorgStatementId: s.zorgStatementId, datum: s.datum, wie: s.wie, score: s.score, waarom: plain(s.waarom) }));
  const derdeOpzet = [bewijzen, profielStandpunten, tijdlijn, taxaties, schalen].some((lijst) => lijst.length > 0);
  const oordeel = levensloopStand(model).onveiligheid;
  const onveiligheid =
    oordeel === undefined
      ? undefined
      : { acuut: oordeel.acuut, structureel: oordeel.structureel, onderbouwing: normaliseText(oordeel.onderbouwing), datum: oordeel.datum };
  return {
    formaat: AGREED_CONTENT_FORMAT,
    // The lowest layout that shows everything (see AGREED_CONTENT_VERSION).
    versie: onveiligheid !== undefined ? AGREED_CONTENT_VERSION : derdeOpzet ? 3 : (overleg?.terugblik?.length ?? 0) > 0 ? 2 : 1,
    casus: { id: casus.id, titel: normaliseText(casus.titel), casusnummer: casus.casusnummer, regio: casus.regio, fase: casus.fase },
    namen: {
      organisaties: model.organisaties.list().map((o) => ({ ...item(o), naam: normaliseText(o.naam) })),
      deelnemers: model.deelnemers
        .list()
        .map((d) => ({ ...item(d), naam: normaliseText(d.naam), organisatieId: d.organisatieId, functie: plain(d.functie), rollen: d.rollen })),
      personen: model.personen.list().map((p) => ({ ...item(p), roepnaam: normaliseText(p.roepnaam), rolInGezin: p.rolInGezin })),
      netwerk: model.netwerk.list().map((n) => ({ ...item(n), naam: normaliseText(n.naam), relatieTotGezin: normaliseText(n.relatieTotGezin) })),
    },
    analyse: {
      status: analyse.status,
      werkhypotheseId: analyse.werkhypotheseId,
      secties: model.analyse
        .secties()
        .map((s) => ({ ...item(s), titel: normaliseText(s.titel), tekst: rich(readRichDoc(model.analyse.sectieFragment(s.id))) })),
      hypothesen: model.hypothesen
        .list()
        .map((h) => ({ ...item(h), titel: normaliseText(h.titel), stelling: rich(h.stelling), status: model.analyse.hypotheseStatus(h.id) ?? h.status })),
      factoren: model.factoren.list().map((f) => ({ ...item(f), soort: f.soort, titel: normaliseText(f.titel), omschrijving: rich(f.omschrijving) })),
      meningsverschillen: model.meningsverschillen.list().map((m) => ({
        ...item(m),
        onderwerp: normaliseText(m.onderwerp),
        opgelost: m.opgelost,
        standpunten: standpunten.filter((s) => s.meningsverschilId === m.id).map((s) => ({ ...item(s), wie: s.wie, standpunt: normaliseText(s.standpunt) })),
      })),
      bewijzen,
    },
    gezinsprofiel: {
      primair: profiel.primair,
      oordelen: Object.fromEntries(Object.entries(profiel.oordelen).filter(([, o]) => o !== undefined && o !== 'geen')) as Record<string, string>,
      machtsongelijkheid: profiel.machtsongelijkheid,
      beschermingsAccent: profiel.beschermingsAccent,
      datum: profiel.datum,
      toelichting: rich(profiel.toelichting),
      standpunten: profielStandpunten,
    },
    tijdlijn,
    onveiligheid,
    risico: { taxaties, schalen },
    plan: {
      plannen: model.plannen.list().map((p) => ({
        ...item(p),
        type: p.type,
        titel: normaliseText(p.titel),
        status: p.status,
        evaluatieMomenten: p.evaluatieMomenten,
        gezinsVersie: rich(p.gezinsVersie),
      })),
      zorgen: model.zorgStatements.list().map((z) => ({
        ...item(z),
        planId: z.planId,
        wieMaaktZichZorgen: normaliseText(z.wieMaaktZichZorgen),
        waarover: normaliseText(z.waarover),
        watAlsNietsVerandert: normaliseText(z.watAlsNietsVerandert),
        betwistDoor: z.betwistDoor,
      })),
      doelen: model.veiligheidsdoelen
        .list()
        .map((d) => ({ ...item(d), zorgStatementId: d.zorgStatementId, doel: rich(d.doel), hoeLangVolhouden: plain(d.hoeLangVolhouden) })),
      voorwaarden: model.veiligheidsvoorwaarden
        .list()
        .map((v) => ({ ...item(v), planId: v.planId, tekst: normaliseText(v.tekst), gesteldDoorOrgId: v.gesteldDoorOrgId })),
      afspraken: model.afspraken.list().map((a) => ({
        ...item(a),
        planId: a.planId,
        veiligheidsdoelId: a.veiligheidsdoelId,
        fase: a.fase,
        wie: a.wie,
        wat: rich(a.wat),
        wanneer: normaliseText(a.wanneer),
        waar: plain(a.waar),
        controleDoor: a.controleDoor,
        status: a.status,
      })),
      signalen: model.signalen
        .list()
        .map((s) => ({ ...item(s), planId: s.planId, persoonId: s.persoonId, signaal: normaliseText(s.signaal), watDanTeDoen: normaliseText(s.watDanTeDoen) })),
      noodcontacten: model.noodcontacten.list().map((n) => {
        // A sealed noodcontact goes into the version sealed, as every device stores it: the same
        // content (and fingerprint) everywhere, and nothing readable for who is outside its audience.
        const verzegeld = afgeschermdMap(model.doc).get(`noodcontacten/${n.id}`);
        if (verzegeld !== undefined) return { ...item(n), planId: n.planId, naam: '', telefoon: '', wanneer: '', zichtbaarVoor: n.zichtbaarVoor, verzegeld };
        return {
          ...item(n),
          planId: n.planId,
          naam: normaliseText(n.naam),
          telefoon: normaliseText(n.telefoon),
          wanneer: normaliseText(n.wanneer),
          zichtbaarVoor: n.zichtbaarVoor,
        };
      }),
      netwerkRollen: model.netwerkRollen.list().map((r) => ({
        ...item(r),
        planId: r.planId,
        netwerkLidId: r.netwerkLidId,
        taak: normaliseText(r.taak),
        controleertAfspraakIds: r.controleertAfspraakIds,
      })),
    },
    overleg,
  };
}
