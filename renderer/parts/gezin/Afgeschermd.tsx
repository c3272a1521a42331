/**
 * A restricted value of a gezinslid (adres, veilig contact). Someone whose role or name is not on
 * its `zichtbaarVoor` sees only that it is shielded for their role: not the value, not its
 * length, and no way to change or clear it. Someone who may see it can also set who else may.
 */
import { useId, type ReactNode } from 'react';
import { magZien, ROLLEN, type Restricted } from '../../../shared/model/index.js';
import { CheckboxGroup, RemoveButton, useCollection } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { rolOptions, zichtbaarVoorInWoorden } from './options.js';
import { Wijzigen } from './Wijzigen.js';

export interface AfgeschermdProps {
  readonly heading: string;
  readonly value: Restricted | undefined;
  /** Said when nothing is recorded. */
  readonly geenTekst: string;
  readonly vastleggenLabel: string;
  /** Records an empty value, visible to the given roles and/or deelnemers. */
  onVastleggen(zichtbaarVoor: string[]): void;
  readonly wissenLabel: string;
  onWissen(): void;
  readonly zichtbaarVoorLabel: string;
  onZichtbaarVoor(zichtbaarVoor: string[]): void;
  /** The value itself; only rendered for a viewer who may see it. */
  readonly children: ReactNode;
}

export function Afgeschermd(props: AfgeschermdProps) {
  const t = useT();
  const { viewer, canEdit } = useWorkspace();
  const headingId = useId();
  const { value } = props;
  let inhoud: ReactNode;
  if (value === undefined) {
    // Nothing recorded: one calm line (a family has several members; a box each would shout),
    // with the action beside it.
    const eigen = viewer.rollen.length > 0 ? [...viewer.rollen] : [viewer.deelnemerId];
    return (
      <div className="tafel-beperkt-leeg" role="group" aria-labelledby={headingId}>
        <span id={headingId} className="tafel-beperkt-leeg__kop">
          {props.heading}:
        </span>{' '}
        <span className="tafel-empty">{props.geenTekst}</span>
        {canEdit && (
          <button type="button" className="utrecht-button utrecht-button--subtle tafel-beperkt-leeg__knop" onClick={() => props.onVastleggen(eigen)}>
            {props.vastleggenLabel}
          </button>
        )}
      </div>
    );
  } else if (!magZien(viewer, value)) {
    inhoud = <p className="utrecht-paragraph tafel-afgeschermd">{t('gezin.afgeschermd')}</p>;
  } else {
    inhoud = (
      <>
        {props.children}
        <ZichtbaarVoor value={value} label={props.zichtbaarVoorLabel} onChange={props.onZichtbaarVoor} />
        <RemoveButton label={props.wissenLabel} hidden={!canEdit} onRemove={props.onWissen} />
      </>
    );
  }
  return (
    <section className="tafel-beperkt" aria-labelledby={headingId}>
      <h5 id={headingId} className="utrecht-heading-5">
        {props.heading}
      </h5>
      {inhoud}
    </section>
  );
}

function ZichtbaarVoor({ value, label, onChange }: { readonly value: Restricted; readonly label: string; onChange(zichtbaarVoor: string[]): void }) {
  const t = useT();
  const deelnemers = useCollection('deelnemers');
  const rollen = new Set<string>(ROLLEN);
  const deelnemerIds = new Set(deelnemers.map((d) => d.id));
  const gekozenRollen = value.zichtbaarVoor.filter((v) => rollen.has(v));
  const gekozenDeelnemers = value.zichtbaarVoor.filter((v) => deelnemerIds.has(v));
  // Ids of deelnemers who left stay on the list: removing them is not this editor's decision.
  const overig = value.zichtbaarVoor.filter((v) => !rollen.has(v) && !deelnemerIds.has(v));
  return (
    <>
      <p className="utrecht-paragraph tafel-beperkt__wie">
        {t('gezin.zichtbaarVoor.tekst', { wie: zichtbaarVoorInWoorden(t, value.zichtbaarVoor, deelnemers) })}
      </p>
      <Wijzigen label={label}>
        <p className="utrecht-paragraph tafel-beperkt__letop">{t('gezin.zichtbaarVoor.letOp')}</p>
        <div className="tafel-beperkt__keuze">
          <CheckboxGroup
            legend={t('gezin.zichtbaarVoor.rollen')}
            options={rolOptions(t)}
            selected={gekozenRollen}
            emptyText=""
            onChange={(r) => onChange([...r, ...gekozenDeelnemers, ...overig])}
          />
          <CheckboxGroup
            legend={t('gezin.zichtbaarVoor.deelnemers')}
            // Who left the table is not offered, but stays ticked until someone unticks them.
            options={deelnemers.filter((d) => d.vertrokkenOp === undefined || gekozenDeelnemers.includes(d.id)).map((d) => ({ value: d.id, label: d.naam }))}
            selected={gekozenDeelnemers}
            emptyText=""
            onChange={(d) => onChange([...gekozenRollen, ...d, ...overig])}
          />
        </div>
      </Wijzigen>
    </>
  );
}
