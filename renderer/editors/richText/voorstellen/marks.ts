/**
 * The marks that carry proposals (Voorstellen mode), in every field's schema: `insertion`
 * (proposed text), `deletion` (text proposed for removal) and `modification` (which
 * @handlewithcare/prosemirror-suggest-changes requires in the schema; Tafel never writes it,
 * see voorstelExtension.ts). Names and the `id` attribute are the library's and what
 * shared/model/voorstelTekst.ts reads. Every field has them, also where nobody can propose: a
 * Yjs binding drops text whose marks its schema does not know.
 *
 * A proposal shows in its author's colour (underlined when added, struck through when removed)
 * with the author's name and the time as its title; the proposals list under the field says the
 * same in words for everyone who does not see colours or hover.
 */
import { Mark } from '@tiptap/core';

/** How a proposal looks: its author's colour and a title naming author and time. */
export interface VoorstelWeergave {
  readonly kleur: string;
  readonly titel: string;
}

/** Describes a proposal by its id (the workspace knows names); null: shown without colour or title. */
export type BeschrijfVoorstel = (id: string) => VoorstelWeergave | null;

export interface VoorstelMarkOptions {
  readonly beschrijf: BeschrijfVoorstel;
}

const KLEUR = /^#[0-9a-f]{6}$/i;

function voorstelMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create<VoorstelMarkOptions>({
    name,
    // Typing at the edge of a proposal is not part of it unless the Voorstellen mode makes it so.
    inclusive: false,
    excludes: 'insertion deletion modification',
    addOptions: () => ({ beschrijf: () => null }),
    addAttributes: () => ({
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-voorstel'),
        renderHTML: () => ({}),
      },
    }),
    parseHTML: () => [{ tag: `${tag}[data-voorstel]` }],
    renderHTML({ mark }) {
      const id = typeof mark.attrs['id'] === 'string' ? mark.attrs['id'] : String(mark.attrs['id'] ?? '');
      const weergave = this.options.beschrijf(id);
      const kleur = weergave !== null && KLEUR.test(weergave.kleur) ? weergave.kleur : null;
      return [
        tag,
        {
          class: `tafel-voorstel tafel-voorstel--${tag}`,
          'data-voorstel': id,
          ...(kleur === null ? {} : { style: `--tafel-voorstel-kleur: ${kleur}` }),
          ...(weergave === null ? {} : { title: weergave.titel }),
        },
        0,
      ];
    },
  });
}

/** Proposed text. */
export const VoorstelInvoeging = voorstelMark('insertion', 'ins');
/** Text proposed for removal. */
export const VoorstelVerwijdering = voorstelMark('deletion', 'del');

/** Required by the library's schema check; Tafel never writes it (node and attribute changes are not proposed). */
export const VoorstelWijziging = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    id: { default: null },
    type: { default: null },
    attrName: { default: null },
    previousValue: { default: null },
    newValue: { default: null },
  }),
  parseHTML: () => [{ tag: 'span[data-voorstel-wijziging]' }],
  renderHTML: () => ['span', { 'data-voorstel-wijziging': '' }, 0],
});
