/**
 * The text of the verklarende analyse, one collaborative field per configured section, with a
 * table of contents that jumps to a section (a long part stays navigable by keyboard).
 */
import { useId, useMemo } from 'react';
import type { CaseModel, Sectie } from '../../../shared/model/index.js';
import { RichTextEditor } from '../../editors/richText/index.js';
import { useT } from '../../i18n/useT.js';
import { usePart, useWorkspace } from '../../workspace/workspaceContext.js';

const readSecties = (model: CaseModel): Sectie[] => model.analyse.secties();

const anchor = (id: string): string => `analyse-sectie-${id}`;

export function Secties() {
  const t = useT();
  const secties = usePart({ soort: 'collectie', naam: 'secties' }, readSecties);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="tafel-analyse__group">
      <h3 id={headingId} className="utrecht-heading-3">
        {t('analyse.secties.heading')}
      </h3>
      {secties.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('analyse.secties.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('analyse.secties.toc')} className="tafel-analyse__toc">
            <ol className="tafel-analyse__toc-list">
              {secties.map((s) => (
                <li key={s.id}>
                  <a className="utrecht-link" href={`#${anchor(s.id)}`}>
                    {s.titel}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          {secties.map((s) => (
            <SectieTekst key={s.id} sectie={s} />
          ))}
        </>
      )}
    </section>
  );
}

function SectieTekst({ sectie }: { readonly sectie: Sectie }) {
  const t = useT();
  const { model, canEdit } = useWorkspace();
  const fragment = useMemo(() => model.analyse.sectieFragment(sectie.id), [model, sectie.id]);
  const hintId = useId();
  const hint = sectie.hulptekst ?? '';
  return (
    <section id={anchor(sectie.id)} data-doel={sectie.id} aria-labelledby={`${anchor(sectie.id)}-heading`} className="tafel-analyse__sectie" tabIndex={-1}>
      <h4 id={`${anchor(sectie.id)}-heading`} className="utrecht-heading-4">
        {sectie.titel}
      </h4>
      {hint !== '' && (
        <p id={hintId} className="utrecht-paragraph tafel-analyse__hint">
          {hint}
        </p>
      )}
      <RichTextEditor
        fragment={fragment}
        label={sectie.titel}
        readOnly={!canEdit}
        placeholder={t('analyse.secties.placeholder')}
        describedBy={hint === '' ? undefined : hintId}
        headingLevel={5}
      />
    </section>
  );
}
