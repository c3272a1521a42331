/**
 * The first thing a follow-up meeting does: go through the open actiepunten of earlier meetings
 * and say of each whether it was done, not done, not possible because circumstances changed, or
 * no longer needed, with a short terugkoppeling. A reviewed point stays here for this meeting.
 */
import { useId, useMemo } from 'react';
import type { Actiepunt } from '../../../shared/model/index.js';
import { optionalText, SelectField, TextField, type Write, useCollection, useWrite, WriteError } from '../../editors/fields/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { useNamen, type Namen } from './overlegNamen.js';
import { actiepuntStatusOptions, type ActiepuntStatus } from './options.js';
import { dagInWoorden } from '../../i18n/dagen.js';
import { ItemBevinding } from '../gezinsprofiel/ItemBevinding.js';

export function ActiepuntenReview({ overlegId }: { readonly overlegId: string }) {
  const t = useT();
  const actiepunten = useCollection('actiepunten');
  const namen = useNamen();
  const { write, error } = useWrite();
  const headingId = useId();
  const teBespreken = useMemo(
    () =>
      actiepunten.filter(
        (a) => a.overlegId !== overlegId && (a.gereviewdInOverlegId === overlegId || (a.status === 'open' && a.gereviewdInOverlegId === undefined)),
      ),
    [actiepunten, overlegId],
  );
  return (
    <section className="tafel-overleg__onderdeel" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('overleggen.review.heading')}
      </h4>
      {teBespreken.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.review.empty')}</p>
      ) : (
        <ul className="tafel-lijst">
          {teBespreken.map((a) => (
            <li key={a.id}>
              <ReviewItem actiepunt={a} overlegId={overlegId} namen={namen} write={write} />
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
    </section>
  );
}

function ReviewItem({
  actiepunt: a,
  overlegId,
  namen,
  write,
}: {
  readonly actiepunt: Actiepunt;
  readonly overlegId: string;
  readonly namen: Namen;
  readonly write: Write;
}) {
  const t = useT();
  const locale = useLocale();
  const { model, canEdit } = useWorkspace();
  const wat = a.omschrijving;
  return (
    <div className="tafel-item">
      <p className="utrecht-paragraph">
        <strong>{wat}</strong>
      </p>
      <p className="utrecht-paragraph tafel-item__kenmerken">
        {t('overleggen.actiepunt.kenmerken', {
          eigenaar: namen.persoon(a.eigenaarDeelnemerId),
          organisatie: namen.organisatie(a.eigenaarOrgId),
          deadline: dagInWoorden(locale, a.deadline),
        })}
      </p>
      <ItemBevinding doelId={a.id} />
      <div className="tafel-velden">
        <SelectField<ActiepuntStatus>
          label={t('overleggen.review.stand', { wat })}
          value={a.status}
          options={actiepuntStatusOptions(t)}
          readOnly={!canEdit}
          onChange={(status) => status !== '' && write(() => model.actiepunten.update(a.id, { status, gereviewdInOverlegId: overlegId }))}
        />
        <TextField
          label={t('overleggen.review.terugkoppeling', { wat })}
          value={a.terugkoppeling ?? ''}
          readOnly={!canEdit}
          onCommit={(v) => write(() => model.actiepunten.update(a.id, { terugkoppeling: optionalText(v), gereviewdInOverlegId: overlegId }))}
        />
      </div>
    </div>
  );
}
