/**
 * The onderbouwing of one hypothesis: what pleads for it and what against, each a line of text
 * that may point to a factor and/or a fact on the tijdlijn (facts, factors and hypotheses stay
 * separate things, as the beslismodel asks).
 */
import { useMemo } from 'react';
import type { Bewijs, Hypothese } from '../../../shared/model/index.js';
import { RemoveButton, SelectField, TextField, type SelectOption, type Write, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { gebeurtenisOptions } from './options.js';

type Richting = Bewijs['richting'];

export function Bewijzen({ hypothese }: { readonly hypothese: Hypothese }) {
  const t = useT();
  const locale = useLocale();
  const bewijzen = useCollection('bewijzen');
  const factoren = useCollection('factoren');
  const gebeurtenissen = useCollection('gebeurtenissen');
  const { write, error } = useWrite();
  const factorOpties = useMemo(() => factoren.map((f) => ({ value: f.id, label: f.titel })), [factoren]);
  const gebeurtenisOpties = useMemo(() => gebeurtenisOptions(t, locale, gebeurtenissen), [t, locale, gebeurtenissen]);
  const eigen = bewijzen.filter((b) => b.hypotheseId === hypothese.id);
  return (
    <div className="tafel-analyse__bewijzen">
      {(['voor', 'tegen'] as const).map((richting) => (
        <BewijsKolom
          key={richting}
          richting={richting}
          hypothese={hypothese}
          items={eigen.filter((b) => b.richting === richting)}
          factoren={factorOpties}
          gebeurtenissen={gebeurtenisOpties}
          write={write}
        />
      ))}
      <WriteError error={error} />
    </div>
  );
}

interface BewijsKolomProps {
  readonly richting: Richting;
  readonly hypothese: Hypothese;
  readonly items: readonly Bewijs[];
  readonly factoren: readonly SelectOption<string>[];
  readonly gebeurtenissen: readonly SelectOption<string>[];
  readonly write: Write;
}

function BewijsKolom({ richting, hypothese, items, factoren, gebeurtenissen, write }: BewijsKolomProps) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  return (
    <section
      className={`tafel-analyse__bewijs-kolom tafel-analyse__bewijs-kolom--${richting}`}
      aria-label={`${t(`analyse.bewijs.${richting}`)}: ${hypothese.titel}`}
    >
      <h5 className="utrecht-heading-5">{t(`analyse.bewijs.${richting}`)}</h5>
      {items.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t(richting === 'voor' ? 'analyse.bewijs.voorEmpty' : 'analyse.bewijs.tegenEmpty')}</p>
      ) : (
        <ul className="tafel-analyse__bewijs-lijst">
          {items.map((b) => (
            <li key={b.id} className="tafel-analyse__bewijs">
              <TextField
                label={t('analyse.bewijs.tekst')}
                value={b.tekst}
                readOnly={!canEdit}
                onCommit={(tekst) => write(() => model.bewijzen.update(b.id, { tekst }))}
              />
              <SelectField
                label={t('analyse.bewijs.factor')}
                value={b.factorId ?? ''}
                options={factoren}
                emptyLabel={t('analyse.bewijs.geen')}
                readOnly={!canEdit}
                onChange={(factorId) => write(() => model.bewijzen.update(b.id, { factorId: factorId === '' ? undefined : factorId }))}
              />
              <SelectField
                label={t('analyse.bewijs.gebeurtenis')}
                value={b.gebeurtenisId ?? ''}
                options={gebeurtenissen}
                emptyLabel={t('analyse.bewijs.geen')}
                readOnly={!canEdit}
                onChange={(gebeurtenisId) => write(() => model.bewijzen.update(b.id, { gebeurtenisId: gebeurtenisId === '' ? undefined : gebeurtenisId }))}
              />
              <RemoveButton
                label={t('analyse.bewijs.remove', { tekst: b.tekst === '' ? t('analyse.bewijs.zonderTekst') : b.tekst })}
                hidden={!canEdit}
                onRemove={() => write(() => model.bewijzen.remove(b.id))}
              />
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-label={t(richting === 'voor' ? 'analyse.bewijs.addVoorBij' : 'analyse.bewijs.addTegenBij', { titel: hypothese.titel })}
          onClick={() => write(() => model.bewijzen.add({ hypotheseId: hypothese.id, richting, tekst: '' }))}
        >
          {t(richting === 'voor' ? 'analyse.bewijs.addVoor' : 'analyse.bewijs.addTegen')}
        </button>
      )}
    </section>
  );
}
