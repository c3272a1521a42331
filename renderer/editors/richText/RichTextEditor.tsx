/**
 * A collaborative rich-text field: Tiptap bound to one Y.XmlFragment of the case, with the other
 * participants' carets (name in their colour) and a small formatting toolbar. Typing goes straight
 * into the fragment, so peers see it as it is typed and concurrent typing merges; Ctrl+Z undoes
 * only this user's own typing in this field. In the fields of the analysis and the plan a user
 * can switch to Voorstellen: their edits become proposals, listed under the field for the chair
 * to accept or reject (voorstellen/). See docs/editors.md.
 */
import type { Extensions } from '@tiptap/core';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { use, useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { richTextExtensions, type RichHeadingLevel } from './extensions.js';
import { Toolbar } from './Toolbar.js';
import { RichTextExtrasContext } from './annotaties/extrasContext.js';
import { doelVanFragment } from './annotaties/doel.js';
import { beschrijvingIn } from './voorstellen/auteurs.js';
import { useVoorstelVeld } from './voorstellen/useVoorstelVeld.js';
import { VoorstellenLijst } from './voorstellen/VoorstellenLijst.js';
import { WijzigwijzeKeuze } from './voorstellen/WijzigwijzeKeuze.js';
import '../../styles/richText.css';

export interface RichTextEditorProps {
  /** The text to edit, e.g. `model.analyse.sectieFragment(id)` or `model.factoren.fragment(id, 'omschrijving')`. */
  readonly fragment: Y.XmlFragment;
  /** The field's accessible name (also names its toolbar). */
  readonly label: string;
  /**
   * A short visible label above the field, when no heading already names it (e.g. "Stelling"
   * under a hypothesis' title). Keep it the start of `label`, so voice users can say what they see.
   */
  readonly visibleLabel?: string;
  /** Observer, or otherwise not allowed to change it: the text shows, nothing can be typed. */
  readonly readOnly?: boolean;
  /** Shown while the field is empty: one sentence of what belongs here. */
  readonly placeholder?: string;
  /** Id of an element that describes the field (e.g. a section's guidance). */
  readonly describedBy?: string;
  /** Level of the headings a writer can make: one below the heading the field sits under. Default 4. */
  readonly headingLevel?: RichHeadingLevel;
}

const NO_EXTRAS: Extensions = [];

export function RichTextEditor({ fragment, label, visibleLabel, readOnly = false, placeholder, describedBy, headingLevel = 4 }: RichTextEditorProps) {
  const t = useT();
  const locale = useLocale();
  const { awareness, user, model } = useWorkspace();
  const editorId = useId();
  const readOnlyId = useId();
  const emptyText = placeholder ?? t('richtext.empty');
  const describedByIds = [describedBy, readOnly ? readOnlyId : undefined].filter((v) => v !== undefined).join(' ');
  // Extensions other features add to every field (annotation highlights); stable per fragment.
  const extras = use(RichTextExtrasContext)?.(fragment) ?? NO_EXTRAS;
  const voorstel = useVoorstelVeld(fragment, readOnly);
  const beschrijfVoorstel = useMemo(() => beschrijvingIn(model, t, locale), [model, t, locale]);
  const kanOpmerken = useMemo(() => doelVanFragment(fragment) !== null, [fragment]);
  const editor = useEditor(
    {
      injectCSS: false, // the CSP forbids injected <style>; the CSS is in renderer/styles/richText.css
      editable: !readOnly,
      extensions: richTextExtensions({
        fragment,
        awareness,
        // The same `user` the workspace announced, so the caret extension does not overwrite it.
        user: (awareness.getLocalState()?.['user'] as Record<string, unknown> | undefined) ?? { name: user.name, color: user.color },
        headingLevel,
        beschrijfVoorstel,
      }).concat(extras, voorstel.extensies),
      editorProps: {
        attributes: {
          id: editorId,
          class: 'tafel-richtext__editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-placeholder': emptyText,
          'aria-readonly': readOnly ? 'true' : 'false',
          ...(describedByIds === '' ? {} : { 'aria-describedby': describedByIds }),
        },
      },
    },
    // A change of any of these (a role change to observer, a renamed item) makes a new editor on the same fragment.
    [fragment, awareness, label, readOnly, emptyText, describedByIds, headingLevel, extras, voorstel.extensies, beschrijfVoorstel],
  );
  const isEmpty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });

  return (
    <div
      className={`tafel-richtext${readOnly ? ' tafel-richtext--readonly' : ''}${voorstel.wijze === 'voorstellen' ? ' tafel-richtext--voorstellen' : ''}`}
      data-voorstel-plek={voorstel.plek === null ? undefined : `${voorstel.plek.soort}:${voorstel.plek.id}`}
    >
      {visibleLabel !== undefined && <p className="utrecht-form-label tafel-richtext__label">{visibleLabel}</p>}
      {readOnly ? (
        <p id={readOnlyId} className="tafel-richtext__readonly">
          {t('richtext.readOnly')}
        </p>
      ) : (
        <>
          {voorstel.kanVoorstellen && <WijzigwijzeKeuze label={label} wijze={voorstel.wijze} onKies={voorstel.kies} />}
          <Toolbar editor={editor} label={label} headingLevel={headingLevel} controls={editorId} alleenTekst={voorstel.wijze === 'voorstellen'} />
        </>
      )}
      <div className="tafel-richtext__body">
        {isEmpty && (
          <p className="tafel-richtext__placeholder" aria-hidden="true">
            {emptyText}
          </p>
        )}
        <EditorContent editor={editor} />
      </div>
      {voorstel.weigering !== null && (
        <p className="tafel-richtext__weigering" role="alert">
          {t(`voorstellen.weigering.${voorstel.weigering}`)}
        </p>
      )}
      {voorstel.plek !== null && <VoorstellenLijst fragment={fragment} editor={editor} kanOpmerken={kanOpmerken} />}
    </div>
  );
}
