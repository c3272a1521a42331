/**
 * "Bewaren en wissen": how long the shared copy is kept after the close (the case's own term, or
 * the default), how long each organisation keeps its own record (its own setting, or the default
 * for its kind, with the source; docs/bewaartermijnen.md), the day the shared copy is erased, and
 * the chair's "Casus nu wissen" once the case is closed.
 */
import { useId, useRef, useState } from 'react';
import { AFSLUITFASEN, BEWAARTERMIJN_JAREN, GEDEELDE_BEWAARTERMIJN_MAANDEN, type CaseModel, type Organisatie } from '../../../../shared/model/index.js';
import { TextField, useCollection, useWrite, WriteError } from '../../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useOpenSession } from '../../../store/index.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { usePart, useWorkspace } from '../../../workspace/workspaceContext.js';
import { useLevensloop } from '../levensloop/useLevensloop.js';
import { WisBevestiging } from './WisBevestiging.js';

const readMeta = (model: CaseModel) => model.meta.get();

/** Kinds of organisation whose default term has a number of years (and a source); the others keep to a rule of their own. */
const MET_JAREN = ['VeiligThuis', 'GI', 'LokaalTeam', 'GGZ', 'Verslavingszorg'] as const;
type MetJaren = (typeof MET_JAREN)[number];
type EigenRegel = Exclude<Organisatie['type'], MetJaren>;
const metJaren = (type: Organisatie['type']): type is MetJaren => (MET_JAREN as readonly string[]).includes(type);

/** A whole number from a field, or undefined when it is empty or not a number. */
function geheel(text: string): number | undefined {
  const n = Number(text.trim());
  return text.trim() === '' || !Number.isInteger(n) ? undefined : n;
}

export function Bewaren() {
  const t = useT();
  const locale = useLocale();
  const { model, canManage, viewer } = useWorkspace();
  const meta = usePart({ soort: 'meta' }, readMeta);
  const stand = useLevensloop();
  const organisaties = useCollection('organisaties');
  const session = useOpenSession((s) => s.session);
  const { write, error } = useWrite();
  const headingId = useId();
  const [wissen, setWissen] = useState(false);
  const wisKnop = useRef<HTMLButtonElement>(null);
  const gesloten = AFSLUITFASEN.includes(stand.fase);
  const termijnVoorbij = stand.wisOp !== undefined && stand.wisOp <= vandaag();
  const termijnTekst = (o: Organisatie): string => {
    if (o.bewaartermijnJaren !== undefined) return t('afsluiten.bewaren.eigen.ingesteld', { jaren: String(o.bewaartermijnJaren) });
    if (metJaren(o.type)) {
      return t('afsluiten.bewaren.eigen.standaard', { jaren: String(BEWAARTERMIJN_JAREN[o.type]), bron: t(`afsluiten.bewaren.bron.${o.type}`) });
    }
    const regel: EigenRegel = o.type;
    return t(`afsluiten.bewaren.regel.${regel}`);
  };
  return (
    <section className="tafel-gezin__blok tafel-bewaren" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('afsluiten.bewaren.heading')}
      </h3>
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('afsluiten.bewaren.uitleg')}</p>
      <TextField
        label={t('afsluiten.bewaren.termijn')}
        description={t('afsluiten.bewaren.termijnUitleg', { maanden: String(GEDEELDE_BEWAARTERMIJN_MAANDEN) })}
        type="number"
        readOnly={!canManage}
        value={meta.bewaartermijnMaanden === undefined ? '' : String(meta.bewaartermijnMaanden)}
        onCommit={(v) => write(() => model.meta.update({ bewaartermijnMaanden: geheel(v) }))}
      />
      <p className="utrecht-paragraph" data-testid="wis-datum">
        {stand.wisOp === undefined
          ? t('afsluiten.bewaren.naAfsluiten')
          : termijnVoorbij
            ? t('afsluiten.bewaren.verlopen', { datum: dagInWoorden(locale, stand.wisOp) })
            : t('afsluiten.bewaren.wisOp', { datum: dagInWoorden(locale, stand.wisOp) })}
      </p>
      <TableScroll
        caption={t('afsluiten.bewaren.eigen.heading')}
        columns={(['organisatie', 'termijn', 'jaren'] as const).map((c) => ({ key: c, label: t(`afsluiten.bewaren.eigen.${c}`) }))}
      >
        <tbody className="utrecht-table__body">
          {organisaties.map((o) => (
            <tr key={o.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">{o.naam}</td>
              <td className="utrecht-table__cell">{termijnTekst(o)}</td>
              <td className="utrecht-table__cell">
                <TextField
                  label={t('afsluiten.bewaren.eigen.jarenVoor', { organisatie: o.naam })}
                  className="tafel-bewaren__jaren"
                  type="number"
                  readOnly={!(canManage || viewer.orgId === o.id)}
                  value={o.bewaartermijnJaren === undefined ? '' : String(o.bewaartermijnJaren)}
                  onCommit={(v) => write(() => model.organisaties.update(o.id, { bewaartermijnJaren: geheel(v) }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <WriteError error={error} />
      {canManage && gesloten && session !== null && (
        <>
          <button ref={wisKnop} type="button" className="utrecht-button utrecht-button--secondary-action tafel-bewaren__wis" onClick={() => setWissen(true)}>
            {t('afsluiten.wis.open')}
          </button>
          <WisBevestiging
            open={wissen}
            titel={meta.titel}
            session={session}
            termijnVoorbij={termijnVoorbij}
            onGesloten={() => {
              setWissen(false);
              wisKnop.current?.focus();
            }}
          />
        </>
      )}
    </section>
  );
}
