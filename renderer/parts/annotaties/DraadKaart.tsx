/**
 * One thread: who asked what about which passage, its replies, and what can be done with it
 * (reply, show the passage, mark verwerkt / afwijzen, reopen). A sealed thread this device holds
 * no key for says who may read it, never its text.
 */
import { useId, useState } from 'react';
import type { DraadWeergave } from '../../../shared/annotaties/index.js';
import { momentInWoorden } from '../../i18n/dagen.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { DraftField } from '../../editors/fields/index.js';
import { ankerTekstWeg } from '../../editors/richText/annotaties/anchors.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import type { AnnotatieStore } from './annotatieStore.js';
import { useNamen } from './namen.js';

export interface DraadKaartProps {
  readonly draad: DraadWeergave;
  readonly store: AnnotatieStore;
  readonly actief: boolean;
  readonly nieuw: ReadonlySet<string>;
  /** The viewer's own thread got a reply from someone else since the last visit. */
  readonly beantwoord?: boolean;
}

export function DraadKaart({ draad, store, actief, nieuw, beantwoord = false }: DraadKaartProps) {
  const t = useT();
  const { model, canEdit, canManage, viewer } = useWorkspace();
  // Whether a question is answered or an objection holds is for the one who raised it, or the chair.
  const magAfhandelen = canEdit && (canManage || draad.door === viewer.deelnemerId);
  const namen = useNamen();
  const locale = useLocale();
  const datum = (iso: string): string => momentInWoorden(locale, iso);
  const headingId = useId();
  const [reactie, setReactie] = useState('');
  const [bezig, setBezig] = useState(false);
  const soort = t(`annotaties.soort.${draad.soort}`);
  const naam = namen.deelnemer(draad.door);
  const label = t('annotaties.draad.label', { soort, naam });
  const weg = draad.anker !== undefined && ankerTekstWeg(model.doc, draad.anker);
  const citaat = draad.anker?.citaat;

  const toon = (): void => {
    store.toon(actief ? null : draad.id);
    // Bring the passage into view once the editor has drawn the stronger mark.
    if (!actief) requestAnimationFrame(() => document.querySelector(`[data-annotatie="${CSS.escape(draad.id)}"]`)?.scrollIntoView({ block: 'center' }));
  };

  const verstuur = async (): Promise<void> => {
    if (reactie.trim() === '') return;
    setBezig(true);
    try {
      await store.reageer(draad.id, reactie.trim());
      setReactie('');
    } finally {
      setBezig(false);
    }
  };

  return (
    <article className={`tafel-draad${actief ? ' tafel-draad--actief' : ''} tafel-draad--${draad.status}`} aria-labelledby={headingId} data-doel={draad.id}>
      <h4 id={headingId} className="utrecht-heading-4 tafel-draad__kop">
        {label}
        {nieuw.has(draad.id) && <span className="tafel-draad__nieuw">{t('annotaties.nieuwMerk')}</span>}
        {beantwoord && <span className="tafel-draad__nieuw">{t('annotaties.beantwoordMerk')}</span>}
      </h4>
      <p className="utrecht-paragraph tafel-draad__meta">
        {t('annotaties.draad.door', { naam, organisatie: namen.organisatie(draad.orgId), datum: datum(draad.op) })} ·{' '}
        {t(`annotaties.zichtbaarheid.${draad.zichtbaarheid}`)}
      </p>
      {citaat !== undefined && (
        <p className={`utrecht-paragraph tafel-draad__citaat${weg ? ' tafel-draad__citaat--weg' : ''}`}>
          {weg ? t('annotaties.draad.verwijderd', { citaat }) : t('annotaties.draad.citaat', { citaat })}
        </p>
      )}
      {draad.tekst === null ? (
        <p className="utrecht-paragraph tafel-draad__afgeschermd">
          {draad.zichtbaarheid === 'voorzitter'
            ? t('annotaties.draad.afgeschermdVoorzitter')
            : t('annotaties.draad.afgeschermdOrganisatie', { organisatie: namen.organisatie(draad.orgId) })}
        </p>
      ) : (
        <p className="utrecht-paragraph tafel-draad__tekst">{draad.tekst}</p>
      )}
      {draad.status !== 'open' && (
        <p className="utrecht-paragraph tafel-draad__status">
          {t(`annotaties.status.${draad.status}`, {
            naam: namen.deelnemer(draad.afgehandeldDoor),
            datum: draad.afgehandeldOp === undefined ? '' : datum(draad.afgehandeldOp),
          })}
        </p>
      )}
      {draad.reacties.length > 0 && (
        <ol className="tafel-draad__reacties" aria-label={t('annotaties.draad.reacties')}>
          {draad.reacties.map((r) => (
            <li key={r.id} className="tafel-draad__reactie">
              <p className="utrecht-paragraph tafel-draad__meta">
                {t('annotaties.draad.door', { naam: namen.deelnemer(r.door), organisatie: namen.organisatie(r.orgId), datum: datum(r.op) })}
                {nieuw.has(r.id) && <span className="tafel-draad__nieuw">{t('annotaties.nieuwMerk')}</span>}
              </p>
              <p className="utrecht-paragraph">{r.tekst ?? t('annotaties.draad.reactieAfgeschermd')}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="tafel-draad__acties">
        {draad.anker !== undefined && !weg && draad.status === 'open' && (
          <button type="button" className="utrecht-button utrecht-button--subtle" aria-pressed={actief} onClick={() => toon()}>
            {t('annotaties.draad.toon')}
          </button>
        )}
        {magAfhandelen && draad.status === 'open' && (
          <>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-label={t('annotaties.draad.actieLabel', { actie: t('annotaties.draad.verwerkt'), soort, naam })}
              onClick={() => store.handelAf(draad.id, 'verwerkt')}
            >
              {t('annotaties.draad.verwerkt')}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              aria-label={t('annotaties.draad.actieLabel', { actie: t('annotaties.draad.afgewezen'), soort, naam })}
              onClick={() => store.handelAf(draad.id, 'afgewezen')}
            >
              {t('annotaties.draad.afgewezen')}
            </button>
          </>
        )}
        {magAfhandelen && draad.status !== 'open' && (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            aria-label={t('annotaties.draad.actieLabel', { actie: t('annotaties.draad.heropen'), soort, naam })}
            onClick={() => store.heropen(draad.id)}
          >
            {t('annotaties.draad.heropen')}
          </button>
        )}
      </div>
      {canEdit && draad.tekst !== null && (
        <form
          className="tafel-draad__reageer"
          onSubmit={(e) => {
            e.preventDefault();
            void verstuur();
          }}
        >
          <DraftField label={t('annotaties.draad.reageer')} value={reactie} onChange={setReactie} multiline describedBy={headingId} />
          <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || reactie.trim() === ''}>
            {t('annotaties.draad.verstuur')}
          </button>
        </form>
      )}
    </article>
  );
}
