/**
 * The closing documents (docs/exports.md, "Afsluiten"): each organisation's final extract of the
 * last agreed version, and the handover for the organisation that carries on with the family ("the
 * plan travels with the family", regionaal programma §4.2). Both are the existing documents of the
 * agreed version (organisatieUittreksel, planDocument) with the course of the case in front: where
 * it stands, why and how it was closed, what was still open, the nazorg moments, the doorlooptijden,
 * the judgement of onveiligheid, and how long the receiver keeps the document in its own record.
 * That course is read from the case at the moment of export (`afrondingVan`); the plan part is the
 * agreed version, as in every export.
 */
import { BEWAARTERMIJN_JAREN, doorlooptijden, levensloopStand, type CaseModel, type Viewer } from '../model/index.js';
import { AFSLUITREDEN_NL, EIGEN_BEWAARREGEL_NL, LEVENSFASE_NL, MIJLPAAL_NL, dagenNl, jaNeeOnbekendNl } from './afrondingLabels.js';
import type { AgreedVersion } from './agreedVersion.js';
import { datumNl } from './dates.js';
import { overlegTypeLabel } from './labels.js';
import { organisatieUittreksel } from './extract.js';
import { planDocument } from './planDocument.js';
import { planLayout, uittrekselLayout, type Blok, type ExportDocument, type ExportSectie } from './layout.js';

/** The course of the case as the closing documents tell it (Dutch, ready to lay out). */
export interface Afronding {
  readonly fase: string;
  readonly sinds?: string;
  readonly afsluiting?: {
    readonly datum: string;
    readonly reden: string;
    readonly toelichting?: string;
    readonly overgedragenAan?: string;
    readonly nazorgMomenten: readonly string[];
    readonly openBijAfsluiten: readonly string[];
    readonly doorgaanReden?: string;
  };
  readonly onveiligheid?: { readonly datum: string; readonly acuut: string; readonly structureel: string; readonly onderbouwing: string };
  /** One line per step: "24 februari 2025: van Triage naar Analyse. Opgenomen in MDA++. (vastgelegd door …; afgesproken in …)" */
  readonly verloop: readonly string[];
  readonly doorlooptijden: ReadonlyArray<readonly [string, string]>;
  /** How long the receiving organisation keeps the document in its own record. */
  readonly bewaren: string;
  /** When the shared copy at the table is erased (once the case is closed for good). */
  readonly wisOp?: string;
}

/** The course of the case now, for documents to `ontvangerOrgId`; `vandaag` is `YYYY-MM-DD` in Dutch time. */
export function afrondingVan(model: CaseModel, ontvangerOrgId: string, vandaag: string): Afronding {
  const stand = levensloopStand(model);
  const org = (id: string | undefined): string | undefined => (id === undefined ? undefined : model.organisaties.get(id)?.naam);
  const a = stand.afsluiting;
  const sluitstap = a === undefined ? undefined : stand.overgangen.find((o) => o.afsluitingId === a.id);
  const begin = stand.begin.voorRegistratie
    ? [`Vóór registratie: ${LEVENSFASE_NL[stand.begin.fase]}.`]
    : [`${datumNl(stand.begin.datum ?? '')}: ${LEVENSFASE_NL[stand.begin.fase]}.`];
  // Who recorded the step, and the meeting that agreed it (as the Overzicht's history shows them).
  const doorEnOverleg = (o: { aangemaaktDoor: string; overlegId?: string | undefined }): string => {
    const wie = model.deelnemers.get(o.aangemaaktDoor)?.naam;
    const overleg = o.overlegId === undefined ? undefined : model.overleggen.get(o.overlegId);
    const delen = [
      ...(wie === undefined ? [] : [`vastgelegd door ${wie}`]),
      ...(overleg === undefined ? [] : [`afgesproken in ${overlegTypeLabel(overleg.type).toLowerCase()} van ${datumNl(overleg.datum)}`]),
    ];
    return delen.length === 0 ? '' : ` (${delen.join('; ')})`;
  };
  const verloop = [
    ...begin,
    ...stand.overgangen.map(
      (o) =>
        `${datumNl(o.datum)}: ${o.terug ? 'terug ' : ''}van ${LEVENSFASE_NL[o.van]} naar ${LEVENSFASE_NL[o.naar]}. ${o.reden}${doorEnOverleg(o)}${o.gelijktijdigMet.length > 0 ? ' (tegelijk met een andere stap vastgelegd)' : ''}`,
    ),
  ];
  const ontvanger = model.organisaties.get(ontvangerOrgId);
  const jaren = ontvanger === undefined ? null : (ontvanger.bewaartermijnJaren ?? BEWAARTERMIJN_JAREN[ontvanger.type]);
  const bewaren =
    ontvanger === undefined
      ? 'Bewaar dit document volgens de bewaartermijn van uw eigen organisatie.'
      : jaren !== null
        ? `${ontvanger.naam} bewaart dit document ${jaren} jaar in het eigen dossier${ontvanger.bewaartermijnJaren === undefined ? ' (standaardtermijn voor deze soort organisatie)' : ''}.`
        : `${ontvanger.naam} bewaart dit document in het eigen dossier ${EIGEN_BEWAARREGEL_NL[ontvanger.type] ?? EIGEN_BEWAARREGEL_NL['Overig']}.`;
  const mijlpalen = doorlooptijden(model, vandaag)
    .filter((m) => m.datum !== undefined)
    .map(
      (m) =>
        [
          MIJLPAAL_NL[m.soort],
          `${datumNl(m.datum!)}${m.dagenSindsAanmelding !== undefined && m.soort !== 'aanmelding' ? ` (${dagenNl(m.dagenSindsAanmelding)} na aanmelding)` : ''}`,
        ] as const,
    );
  const o = stand.onveiligheid;
  return {
    fase: LEVENSFASE_NL[stand.fase],
    ...(stand.sinds === undefined ? {} : { sinds: datumNl(stand.sinds) }),
    ...(a === undefined
      ? {}
      : {
          afsluiting: {
            datum: datumNl(a.datum),
            reden: AFSLUITREDEN_NL[a.reden],
            ...(a.toelichting === undefined ? {} : { toelichting: a.toelichting }),
            ...((org(a.overgedragenAanOrgId) ?? a.overgedragenAan) ? { overgedragenAan: (org(a.overgedragenAanOrgId) ?? a.overgedragenAan)! } : {}),
            nazorgMomenten: a.nazorgMomenten.map(datumNl),
            openBijAfsluiten: sluitstap?.openBijOvergang ?? [],
            ...(sluitstap?.doorgaanReden === undefined ? {} : { doorgaanReden: sluitstap.doorgaanReden }),
          },
        }),
    ...(o === undefined
      ? {}
      : {
          onveiligheid: { datum: datumNl(o.datum), acuut: jaNeeOnbekendNl(o.acuut), structureel: jaNeeOnbekendNl(o.structureel), onderbouwing: o.onderbouwing },
        }),
    verloop,
    doorlooptijden: mijlpalen,
    bewaren,
    ...(stand.wisOp === undefined ? {} : { wisOp: datumNl(stand.wisOp) }),
  };
}

const velden = (...rows: Array<readonly [string, string | undefined]>): Blok => ({
  soort: 'velden',
  velden: rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== ''),
});

/** The sections about the course of the case, in front of the agreed content. */
function afrondingSecties(a: Afronding, voorOverdracht: boolean): ExportSectie[] {
  const s = a.afsluiting;
  const secties: ExportSectie[] = [
    {
      titel: voorOverdracht ? 'Overdracht' : 'Afronding van de casus',
      blokken: [
        velden(
          ['Fase', a.sinds === undefined ? a.fase : `${a.fase} (sinds ${a.sinds})`],
          ['Afgesloten op', s?.datum],
          ['Reden', s?.reden],
          ['Overgedragen aan', s?.overgedragenAan],
          ['Nazorg', s === undefined ? undefined : s.nazorgMomenten.length > 0 ? s.nazorgMomenten.join('; ') : 'geen nazorgmomenten afgesproken'],
        ),
        ...(s?.toelichting ? [{ soort: 'alinea' as const, tekst: s.toelichting }] : []),
        ...(s === undefined ? [{ soort: 'alinea' as const, tekst: 'De casus is nog niet afgesloten.' }] : []),
        ...(s !== undefined && s.openBijAfsluiten.length > 0
          ? [
              { soort: 'kop' as const, niveau: 3 as const, tekst: 'Nog open bij het afsluiten' },
              { soort: 'lijst' as const, items: s.openBijAfsluiten },
              ...(s.doorgaanReden ? [velden(['Toch afgesloten omdat', s.doorgaanReden])] : []),
            ]
          : []),
      ],
    },
  ];
  if (a.onveiligheid) {
    const o = a.onveiligheid;
    secties.push({
      titel: 'Acute en structurele onveiligheid',
      blokken: [
        velden(['Beoordeeld op', o.datum], ['Acute onveiligheid', o.acuut], ['Structurele onveiligheid', o.structureel]),
        { soort: 'alinea', tekst: o.onderbouwing },
      ],
    });
  }
  secties.push({
    titel: 'Verloop van de casus',
    blokken: [{ soort: 'lijst', items: a.verloop }, { soort: 'kop', niveau: 3, tekst: 'Doorlooptijden' }, velden(...a.doorlooptijden)],
  });
  return secties;
}

function bewaarSectie(a: Afronding): ExportSectie {
  const gedeeld =
    a.wisOp === undefined
      ? 'De gedeelde kopie aan tafel wordt gewist zodra de bewaartermijn na het afsluiten voorbij is.'
      : `De gedeelde kopie aan tafel wordt op ${a.wisOp} gewist, op de relay en op ieder apparaat.`;
  return {
    titel: 'Bewaren',
    blokken: [
      { soort: 'alinea', tekst: a.bewaren },
      { soort: 'alinea', tekst: gedeeld },
    ],
  };
}

/** The final extract of `versie` for organisation `orgId`, with the course of the case in front. */
export function eindUittrekselLayout(versie: AgreedVersion, orgId: string, afronding: Afronding, viewer?: Viewer): ExportDocument {
  const basis = uittrekselLayout(organisatieUittreksel(versie, orgId, viewer));
  return {
    titel: `Einduittreksel voor ${basis.kop.ontvanger}`,
    kop: basis.kop,
    secties: [...afrondingSecties(afronding, false), ...basis.secties, bewaarSectie(afronding)],
  };
}

/** The handover of the whole agreed plan to `ontvangerOrgId`, the organisation that carries on with the family. */
export function overdrachtLayout(versie: AgreedVersion, ontvangerOrgId: string, afronding: Afronding, viewer?: Viewer): ExportDocument {
  const basis = planLayout(planDocument(versie, viewer === undefined ? { ontvangerOrgId } : { ontvangerOrgId, viewer }));
  return {
    titel: `Overdracht aan ${basis.kop.ontvanger}`,
    kop: basis.kop,
    secties: [...afrondingSecties(afronding, true), ...basis.secties, bewaarSectie(afronding)],
  };
}
