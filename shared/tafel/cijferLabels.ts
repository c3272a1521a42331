/**
 * The labels of the region's figures in the interface language: the same words in the preview, the
 * charts' tables and the CSV. Categories reuse the catalogue's names of phases, profiles,
 * organisation types and reasons for closing.
 */
import type { Translate } from '../i18n/i18n.js';
import { AFSLUITREDENEN, LEVENSFASEN, PROFIELEN } from '../model/index.js';
import { ORGANISATIE_TYPES } from '../model/gezin.js';
import type { CijferLabels, Indicator } from './regioCijfers.js';

const is = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function cijferLabels(t: Translate): CijferLabels {
  return {
    indicator: (indicator: Indicator) => t(`tafel.cijfers.indicator.${indicator}`),
    categorie(indicator, c) {
      if (indicator === 'fase' && is(LEVENSFASEN, c)) return t(`levensloop.fase.${c}`);
      if (indicator === 'triage' && (c === 'opnemen' || c === 'niet_opnemen')) return t(`levensloop.triage.besluit.${c}`);
      if (indicator === 'doorlooptijd' && (c === 'eerste_overleg' || c === 'plan_vastgesteld' || c === 'afschalen' || c === 'afsluiten'))
        return t(`tafel.cijfers.tot`, { mijlpaal: t(`levensloop.doorloop.${c}`) });
      if (indicator === 'gezinsprofiel' && is(PROFIELEN, c)) return t(`gezinsprofiel.profiel.${c}`);
      if (indicator === 'gezinsprofiel' && c === 'geen') return t('tafel.cijfers.geenProfiel');
      if (indicator === 'veiligheidsplan' && (c === 'met' || c === 'zonder')) return t(`tafel.cijfers.plan.${c}`);
      if (indicator === 'hermelding' && (c === 'hermeldingen' || c === 'casussen')) return t(`tafel.cijfers.hermelding.${c}`);
      if (indicator === 'organisatie' && is(ORGANISATIE_TYPES, c)) return t(`casusbeheer.orgType.${c}`);
      if (indicator === 'afsluitreden' && is(AFSLUITREDENEN, c)) return t(`afsluiten.reden.${c}`);
      return c;
    },
    kolom: (kolom) => t(`tafel.cijfers.kolom.${kolom}`),
    periode: (p) => t('tafel.cijfers.periodeRegel', { van: p.van, tot: p.tot }),
  };
}
