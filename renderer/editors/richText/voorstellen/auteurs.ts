/**
 * Who made a proposal, as the text and the lists show it: the author's name and organisation
 * from the case, their colour (the same as their caret), and when they started it. The id names
 * the author (shared/model/voorstelId.ts), so this works offline and for any peer's proposal.
 */
import type { Translate } from '../../../../shared/i18n/i18n.js';
import { herkomstVanVoorstel, type CaseModel } from '../../../../shared/model/index.js';
import { momentInWoorden } from '../../../i18n/dagen.js';
import { colourFor } from '../../../workspace/deelnemerKleur.js';
import type { BeschrijfVoorstel, VoorstelWeergave } from './marks.js';

/** The author of a proposal, for showing. */
export interface VoorstelAuteurWeergave {
  readonly auteurId: string | null;
  readonly naam: string;
  readonly organisatie: string | undefined;
  readonly kleur: string;
  /** When it was started, in words; '' when unknown. */
  readonly moment: string;
}

const GRIJS = '#4a5560';

/** Moments in words, by locale and time: formatting a date is not free, and lists redraw while people type. */
const momenten = new Map<string, string>();
function moment(locale: string, ms: number): string {
  const sleutel = `${locale}|${ms}`;
  let tekst = momenten.get(sleutel);
  if (tekst === undefined) {
    if (momenten.size > 500) momenten.clear();
    tekst = momentInWoorden(locale, ms);
    momenten.set(sleutel, tekst);
  }
  return tekst;
}

/** Name, organisation, colour and moment of proposal `id`, read from the case now. */
export function auteurVanVoorstel(model: CaseModel, t: Translate, locale: string, id: string): VoorstelAuteurWeergave {
  const herkomst = herkomstVanVoorstel(id);
  const deelnemer = herkomst === null ? undefined : model.deelnemers.get(herkomst.auteurId);
  const organisatie = deelnemer === undefined ? undefined : model.organisaties.get(deelnemer.organisatieId)?.naam;
  return {
    auteurId: herkomst?.auteurId ?? null,
    naam: deelnemer?.naam ?? t('voorstellen.onbekend'),
    organisatie,
    kleur: herkomst === null ? GRIJS : colourFor(herkomst.auteurId),
    moment: herkomst === null ? '' : moment(locale, herkomst.sindsMs),
  };
}

/**
 * How the marks in a field describe a proposal: its author's colour and "Voorstel van …, …".
 * Remembered per id (the editor renders a mark again as its text grows, and writing a moment in
 * words is not free); a name that changes later shows in the title after the field is opened again.
 */
export function beschrijvingIn(model: CaseModel, t: Translate, locale: string): BeschrijfVoorstel {
  const bekend = new Map<string, VoorstelWeergave>();
  return (id) => {
    let weergave = bekend.get(id);
    if (weergave === undefined) {
      const auteur = auteurVanVoorstel(model, t, locale, id);
      weergave = { kleur: auteur.kleur, titel: t('voorstellen.titel', { naam: auteur.naam, moment: auteur.moment }) };
      // An author the case does not know yet (their deelnemer is still on its way) is asked again.
      if (auteur.auteurId === null || model.deelnemers.has(auteur.auteurId)) bekend.set(id, weergave);
    }
    return weergave;
  };
}
