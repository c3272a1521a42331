/** The case's access log as the relay keeps it: who, organisation, role, what, when, from where. */
import { useCallback, useEffect, useState } from 'react';
import { readAccessLog } from '../../../shared/sync/membership/caseAdmin.js';
import type { CaseSession } from '../../../shared/sync/session/caseSession.js';
import type { AccessLogEntry } from '../../../shared/protocol/messages.js';
import { useMomentFormat, useT } from '../../i18n/useT.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import type { Translate } from '../../../shared/i18n/i18n.js';
import type { CaseModel } from '../../../shared/model/index.js';
import { logRows } from './logRows.js';

const EXPORT_DETAIL = /^(plan|verslag|uittreksel|werkversie):(markdown|docx|pdf|html):[^:]+:([^:]+)$/;

/** An export entry in words; the relay keeps ids only, the names come from the case on this device. */
function eventText(entry: AccessLogEntry, t: Translate, model: CaseModel): string {
  const base = t(`casusbeheer.log.event.${entry.event}`);
  const match = entry.event === 'export' ? EXPORT_DETAIL.exec(entry.detail) : null;
  if (match === null) return base;
  const [, soort, formaat, orgId] = match as unknown as [
    string,
    'plan' | 'verslag' | 'uittreksel' | 'werkversie',
    'markdown' | 'docx' | 'pdf' | 'html',
    string,
  ];
  return t('casusbeheer.log.exportDetail', {
    soort: t(`overleggen.export.soort.${soort}`),
    formaat: t(`overleggen.export.formaat.${formaat === 'html' ? 'pdf' : formaat}`),
    ontvanger: model.organisaties.get(orgId)?.naam ?? t('casusbeheer.log.unknownOrganisation'),
  });
}

export function AccessLog({ session }: { readonly session: CaseSession }) {
  const t = useT();
  const [entries, setEntries] = useState<readonly AccessLogEntry[] | null>(null);
  const [problem, setProblem] = useState(false);
  const { model } = useWorkspace();

  const load = useCallback(
    () =>
      readAccessLog(session, { limit: 100 }).then(
        (read) => {
          setEntries(read);
          setProblem(false);
        },
        () => setProblem(true),
      ),
    [session],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const date = useMomentFormat({ dateStyle: 'short', timeStyle: 'medium' });
  const time = useMomentFormat({ timeStyle: 'medium' });
  const day = useMomentFormat({ dateStyle: 'short' });
  return (
    <section aria-labelledby="log-heading" className="tafel-access__section">
      <h3 id="log-heading" className="utrecht-heading-3">
        {t('casusbeheer.log.heading')}
      </h3>
      <div className="utrecht-button-group">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void load()}>
          {t('casusbeheer.log.refresh')}
        </button>
      </div>
      {problem && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t('casusbeheer.log.failed')}</p>
        </div>
      )}
      {entries !== null && entries.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('casusbeheer.log.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <TableScroll
          caption={t('casusbeheer.log.caption')}
          columns={(['at', 'name', 'organisation', 'role', 'event', 'address'] as const).map((c) => ({ key: c, label: t(`casusbeheer.log.column.${c}`) }))}
        >
          <tbody className="utrecht-table__body">
            {logRows(entries).map(({ entry: e, until }, i) => (
              <tr key={`${e.at}-${i}`} className="utrecht-table__row">
                <td className="utrecht-table__cell">{date(e.at)}</td>
                <td className="utrecht-table__cell">{e.name}</td>
                <td className="utrecht-table__cell">{e.organisation}</td>
                <td className="utrecht-table__cell">{e.role === null ? '' : t(`casusbeheer.invite.role.${e.role}`)}</td>
                <td className="utrecht-table__cell">
                  {until === null ? eventText(e, t, model) : t('casusbeheer.log.connectedUntil', { until: (day(until) === day(e.at) ? time : date)(until) })}
                </td>
                <td className="utrecht-table__cell">{e.address}</td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      )}
    </section>
  );
}
