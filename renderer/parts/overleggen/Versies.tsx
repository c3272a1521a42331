/**
 * The agreed versions of the case (vastgestelde versies): when, by whom, who attended and the
 * fingerprint, and a visible "Ingetrokken" badge on a withdrawn one; one reopened read-only with its
 * exports; the differences between two.
 */
import { useId, useState } from 'react';
import { agreedVersions, fingerprintForPeople, type AgreedVersionSummary } from '../../../shared/export/index.js';
import type { CaseModel } from '../../../shared/model/index.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { usePart } from '../../workspace/workspaceContext.js';
import { useNamen } from './overlegNamen.js';
import { VersieBekijken } from './VersieBekijken.js';
import { Verschillen } from './Verschillen.js';
import { momentInWoorden } from '../../i18n/dagen.js';

const readVersies = (model: CaseModel): AgreedVersionSummary[] => agreedVersions(model);

export function Versies() {
  const t = useT();
  const locale = useLocale();
  const versies = usePart({ soort: 'collectie', naam: 'versies' }, readVersies);
  const namen = useNamen();
  const headingId = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = versies.find((v) => v.versie.id === openId);
  return (
    <section className="tafel-versies" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('overleggen.versies.heading')}
      </h3>
      {versies.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{t('overleggen.versies.empty')}</p>
      ) : (
        <TableScroll
          caption={t('overleggen.versies.caption')}
          className="tafel-versies__tabel"
          columns={[
            ...(['op', 'door', 'aanwezigen', 'vingerafdruk'] as const).map((c) => ({ key: c, label: t(`overleggen.versies.${c}`) })),
            { key: 'acties', label: t('overleggen.lijst.acties') },
          ]}
        >
          <tbody className="utrecht-table__body">
            {versies.map(({ versie: v, inhoudAanwezig }) => {
              const op = momentInWoorden(locale, v.vastgesteldOp);
              return (
                <tr key={v.id} className="utrecht-table__row" aria-current={v.id === openId ? 'true' : undefined}>
                  <td className="utrecht-table__cell">
                    {op}
                    {v.ingetrokkenOp !== undefined && (
                      // A worded badge, not colour alone: it reads the same in print, in high contrast and aloud.
                      <span className="tafel-versies__ingetrokken">
                        {' '}
                        <span className="utrecht-data-badge tafel-badge">{t('overleggen.versies.badgeIngetrokken')}</span>{' '}
                        {t('overleggen.versies.ingetrokkenOp', { op: momentInWoorden(locale, v.ingetrokkenOp) })}
                      </span>
                    )}
                  </td>
                  <td className="utrecht-table__cell">{v.vastgesteldDoor.map((id) => namen.persoon(id)).join(', ')}</td>
                  <td className="utrecht-table__cell">{v.aanwezigen.map((id) => namen.persoon(id)).join(', ') || t('overleggen.versies.geenAanwezigen')}</td>
                  <td className="utrecht-table__cell tafel-versies__vingerafdruk">{fingerprintForPeople(v.vingerafdruk)}</td>
                  <td className="utrecht-table__cell">
                    {inhoudAanwezig ? (
                      // The row already says when; the button's name says it too for who hears it alone.
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle"
                        aria-label={t('overleggen.versies.bekijk', { op })}
                        onClick={() => setOpenId(v.id)}
                      >
                        {t('overleggen.versies.bekijkKort')}
                      </button>
                    ) : (
                      t('overleggen.versies.inhoudOntbreekt')
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableScroll>
      )}
      {open !== undefined && <VersieBekijken key={open.versie.id} versieId={open.versie.id} onSluiten={() => setOpenId(null)} />}
      <Verschillen versies={versies} />
    </section>
  );
}
