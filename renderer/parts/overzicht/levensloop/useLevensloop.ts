/** The case's course for the Overzicht's views: read once per change of the levensloop part. */
import { useMemo } from 'react';
import { levensloopStand, type CaseModel, type LevensloopStand, type OpenBijOvergang } from '../../../../shared/model/index.js';
import type { Translate } from '../../../../shared/i18n/i18n.js';
import { type SelectOption, useCollection } from '../../../editors/fields/index.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { dagInWoorden } from '../../../i18n/dagen.js';
import { usePart } from '../../../workspace/workspaceContext.js';
import { overlegNaam } from '../../overleggen/options.js';

const readStand = (model: CaseModel): LevensloopStand => levensloopStand(model);

/** Where the case stands (re-read when a move, a closing, a triage decision … arrives). */
export function useLevensloop(): LevensloopStand {
  return usePart({ soort: 'levensloop' }, readStand);
}

/** The overleggen to pick "afgesproken in", newest first. */
export function useOverlegOpties(): SelectOption<string>[] {
  const t = useT();
  const locale = useLocale();
  const overleggen = useCollection('overleggen');
  return useMemo(
    () => [...overleggen].sort((a, b) => (a.datum < b.datum ? 1 : a.datum > b.datum ? -1 : 0)).map((o) => ({ value: o.id, label: overlegNaam(t, locale, o) })),
    [t, locale, overleggen],
  );
}

/** An open item in the interface language (the move records the Dutch sentence, `openPuntZin`). */
export function openPuntTekst(t: Translate, locale: string, p: OpenBijOvergang): string {
  switch (p.soort) {
    case 'actiepunt':
      return t('levensloop.open.actiepunt', { deadline: dagInWoorden(locale, p.deadline), omschrijving: p.omschrijving });
    case 'evaluatiemoment':
      return t('levensloop.open.evaluatiemoment', { datum: dagInWoorden(locale, p.datum), plan: p.plan });
    case 'schaal':
      return t('levensloop.open.schaal', { zorg: p.zorg, wie: p.wie, score: String(p.score), niveau: String(p.niveau) });
    case 'schaal_zonder_niveau':
      return t('levensloop.open.schaal_zonder_niveau', { zorg: p.zorg });
    case 'geen_versie':
      return t('levensloop.open.geen_versie');
    case 'uittreksel':
      return t('levensloop.open.uittreksel', { organisatie: p.organisatie });
  }
}
