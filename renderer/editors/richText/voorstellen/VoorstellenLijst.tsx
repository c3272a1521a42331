/**
 * The open proposals of one field, under it, grouped by author: what each adds or removes, when,
 * and the author's reason. The chair accepts or rejects one, everything of one person, or all in
 * the field; an author withdraws their own and writes its reason; anyone who may comment starts a
 * thread on a proposal's text. Every decision is one step of the decider's Undo (the workspace's
 * "Ongedaan maken"). This list is also how the proposals read without colour or a mouse.
 */
import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  beslisVoorstellen,
  isVoorstelVan,
  isVoorzitterVanCasus,
  MAX_REDEN,
  ModelError,
  zetVoorstelReden,
  type Voorstel,
  type VoorstelKeuze,
  type VoorstelUitkomst,
} from '../../../../shared/model/index.js';
import { TextField, useCollection } from '../../fields/index.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { auteurVanVoorstel, type VoorstelAuteurWeergave } from './auteurs.js';
import { useVoorstellen } from './useVoorstellen.js';

export interface VoorstellenLijstProps {
  readonly fragment: Y.XmlFragment;
  /** The field's editor, to select a proposal's text for a thread; null while it starts. */
  readonly editor: Editor | null;
  /** True if threads can be started on this field's text. */
  readonly kanOpmerken: boolean;
}

interface Groep {
  readonly auteur: VoorstelAuteurWeergave;
  readonly voorstellen: Voorstel[];
}

/** The range of a proposal's text in the editor (like the library's selectSuggestion). */
function bereikVan(editor: Editor, id: string): { from: number; to: number } | null {
  let from: number | null = null;
  let to = 0;
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    if (node.marks.some((m) => (m.type.name === 'insertion' || m.type.name === 'deletion') && String(m.attrs['id']) === id)) {
      from ??= pos;
      to = pos + node.nodeSize;
    }
    return false;
  });
  return from === null ? null : { from, to };
}

export function VoorstellenLijst({ fragment, editor, kanOpmerken }: VoorstellenLijstProps) {
  const t = useT();
  const locale = useLocale();
  const { model, undo, canEdit, viewer } = useWorkspace();
  const voorstellen = useVoorstellen(fragment);
  const redenen = useCollection('voorstellen');
  useCollection('deelnemers'); // names shown here follow renames
  const headingId = useId();
  const [melding, setMelding] = useState<string | null>(null);
  // The status line stays when the last proposal is decided, so its message is still read out.
  const status = (
    <p className="tafel-voorstellen__melding" role="status">
      {melding ?? ''}
    </p>
  );
  if (voorstellen.length === 0) return <div className="tafel-voorstellen-veld">{status}</div>;

  const ik = viewer.deelnemerId;
  const voorzitter = canEdit && isVoorzitterVanCasus(model, ik);
  const redenVan = new Map(redenen.map((r) => [r.id, r.reden]));
  const groepen = new Map<string, Groep>();
  for (const v of voorstellen) {
    const auteur = auteurVanVoorstel(model, t, locale, v.id);
    const sleutel = auteur.auteurId ?? '';
    const groep = groepen.get(sleutel) ?? { auteur, voorstellen: [] };
    groep.voorstellen.push(v);
    groepen.set(sleutel, groep);
  }

  const beslis = (keuze: VoorstelKeuze, uitkomst: VoorstelUitkomst, ingetrokken = false): void => {
    try {
      // Its own step of this user's undo: not merged with an edit made just before or after.
      undo.addToScope(fragment);
      undo.stopCapturing();
      const aantal = beslisVoorstellen(model, fragment, keuze, uitkomst);
      undo.stopCapturing();
      setMelding(
        ingetrokken
          ? t('voorstellen.besloten.ingetrokken')
          : t(uitkomst === 'aanvaard' ? 'voorstellen.besloten.aanvaard' : 'voorstellen.besloten.afgewezen', { aantal }),
      );
    } catch (error) {
      setMelding(t('voorstellen.fout', { reden: error instanceof ModelError ? error.message : String(error) }));
    }
  };

  const opmerking = (id: string): void => {
    const bereik = editor === null ? null : bereikVan(editor, id);
    if (editor === null || bereik === null) return;
    // The thread panel takes a selection made in the focused field as the thread's anchor (Tiptap's
    // focus command waits a frame, so the view is focused first); then the user writes there.
    editor.view.focus();
    editor.commands.setTextSelection(bereik);
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('.tafel-annotaties__nieuw textarea')?.focus());
  };

  return (
    <div className="tafel-voorstellen-veld">
      <section className="tafel-voorstellen" aria-labelledby={headingId}>
        <h5 id={headingId} className="tafel-voorstellen__kop">
          {t('voorstellen.lijst.kop', { aantal: voorstellen.length })}
        </h5>
        {[...groepen.values()].map(({ auteur, voorstellen: eigen }) => (
          <div key={auteur.auteurId ?? ''} className="tafel-voorstellen__groep" style={{ ['--tafel-voorstel-kleur' as string]: auteur.kleur }}>
            <ul className="tafel-voorstellen__lijst">
              {eigen.map((v) => {
                const vanMij = isVoorstelVan(v.id, ik);
                const naam = auteur.naam;
                const reden = redenVan.get(v.id) ?? '';
                return (
                  <li key={v.id} className="tafel-voorstellen__item" data-voorstel={v.id}>
                    <p className="tafel-voorstellen__wie">
                      <span className="tafel-voorstellen__stip" aria-hidden="true" />
                      {auteur.organisatie === undefined
                        ? t('voorstellen.lijst.vanKort', { naam, moment: auteur.moment })
                        : t('voorstellen.lijst.van', { naam, organisatie: auteur.organisatie, moment: auteur.moment })}
                    </p>
                    {v.ingevoegd !== '' && (
                      <p className="tafel-voorstellen__wat tafel-voorstellen__wat--in">{t('voorstellen.lijst.voegtToe', { tekst: v.ingevoegd })}</p>
                    )}
                    {v.verwijderd !== '' && (
                      <p className="tafel-voorstellen__wat tafel-voorstellen__wat--uit">{t('voorstellen.lijst.haaltWeg', { tekst: v.verwijderd })}</p>
                    )}
                    {vanMij && canEdit ? (
                      <TextField
                        label={t('voorstellen.lijst.redenVeld')}
                        value={reden}
                        onCommit={(nieuw) => {
                          try {
                            zetVoorstelReden(model, v.id, nieuw.slice(0, MAX_REDEN));
                          } catch (error) {
                            setMelding(t('voorstellen.fout', { reden: error instanceof ModelError ? error.message : String(error) }));
                          }
                        }}
                      />
                    ) : (
                      reden !== '' && <p className="tafel-voorstellen__reden">{t('voorstellen.lijst.reden', { reden })}</p>
                    )}
                    <div className="utrecht-button-group tafel-voorstellen__knoppen">
                      {voorzitter && (
                        <>
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action"
                            aria-label={t('voorstellen.aanvaardenLabel', { naam })}
                            onClick={() => beslis({ voorstelId: v.id }, 'aanvaard')}
                          >
                            {t('voorstellen.aanvaarden')}
                          </button>
                          <button
                            type="button"
                            className="utrecht-button utrecht-button--secondary-action"
                            aria-label={t('voorstellen.afwijzenLabel', { naam })}
                            onClick={() => beslis({ voorstelId: v.id }, 'afgewezen')}
                          >
                            {t('voorstellen.afwijzen')}
                          </button>
                        </>
                      )}
                      {vanMij && canEdit && !voorzitter && (
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t('voorstellen.intrekkenLabel', { tekst: v.ingevoegd || v.verwijderd })}
                          onClick={() => beslis({ voorstelId: v.id }, 'afgewezen', true)}
                        >
                          {t('voorstellen.intrekken')}
                        </button>
                      )}
                      {kanOpmerken && canEdit && (
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--subtle"
                          aria-label={t('voorstellen.opmerkingLabel', { naam })}
                          onClick={() => opmerking(v.id)}
                        >
                          {t('voorstellen.opmerking')}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
            {voorzitter && eigen.length > 1 && auteur.auteurId !== null && (
              <div className="utrecht-button-group tafel-voorstellen__knoppen">
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => beslis({ auteurId: auteur.auteurId! }, 'aanvaard')}>
                  {t('voorstellen.allesVan.aanvaarden', { naam: auteur.naam })}
                </button>
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => beslis({ auteurId: auteur.auteurId! }, 'afgewezen')}>
                  {t('voorstellen.allesVan.afwijzen', { naam: auteur.naam })}
                </button>
              </div>
            )}
          </div>
        ))}
        {voorzitter && voorstellen.length > 1 && (
          <div className="utrecht-button-group tafel-voorstellen__knoppen tafel-voorstellen__alles">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => beslis({ alle: true }, 'aanvaard')}>
              {t('voorstellen.alles.aanvaarden')}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => beslis({ alle: true }, 'afgewezen')}>
              {t('voorstellen.alles.afwijzen')}
            </button>
          </div>
        )}
      </section>
      {status}
    </div>
  );
}
