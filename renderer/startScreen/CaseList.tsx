/**
 * "Casussen op dit apparaat": the cases this device holds, in three groups — active, afgeschaald
 * and nazorg, closed (with the day the shared copy is erased) — each with its phase, werkfase, last
 * change and where it lives, each opening in the workspace; above them the notices of cases deleted
 * from this device; or a calm empty state. The live sync state exists only for the open case.
 */
import type { CaseSummary } from '../../shared/sync/session/syncClient.js';
import { WERKFASEN, type Werkfase } from '../../shared/model/index.js';
import { dagInWoorden, momentInWoorden, vandaag } from '../i18n/dagen.js';
import { useLocale, useT } from '../i18n/useT.js';
import '../styles/parts/casusbeheer.css';
import { JoinStatus } from './JoinStatus.js';
import { PublishCase } from './PublishCase.js';
import { useOpenFromList } from './useOpenFromList.js';
import type { CaseNews } from '../session/caseNews.js';
import { useAppStore, useDeviceSession } from '../store/index.js';
import { CASE_GROUPS, faseVan, groupOf } from './caseGroups.js';
import { CaseNotices } from './CaseNotices.js';

const isWerkfase = (value: string | undefined): value is Werkfase => value !== undefined && (WERKFASEN as readonly string[]).includes(value);

export function CaseList({ news }: { readonly news: ReadonlyMap<string, CaseNews> }) {
  const t = useT();
  const phase = useDeviceSession((s) => s.phase);
  // A vault not yet created means a device that has never held a case.
  const firstVisit = useAppStore((s) => s.vaultState === 'new' || s.vaultState === 'unknown');
  const cases = useDeviceSession((s) => s.cases);
  const { opening, failed, joinStep, openCase } = useOpenFromList();

  const locale = useLocale();
  const meta = (c: CaseSummary): string => {
    const fase = faseVan(c);
    const gesloten = groupOf(c) === 'afgesloten';
    const wis = c.entry?.wisOp;
    return [
      fase === undefined ? null : t(`levensloop.fase.${fase}`),
      !gesloten && isWerkfase(c.fase) ? t(`levensloop.werkfase.${c.fase}`) : null,
      gesloten && wis !== undefined
        ? wis <= vandaag()
          ? t('afsluiten.lijst.wisVerlopen')
          : t('afsluiten.lijst.wisOp', { datum: dagInWoorden(locale, wis) })
        : null,
      c.lastChange > 0 ? t('cases.lastChange', { date: momentInWoorden(locale, c.lastChange) }) : null,
      t(c.sharing === 'local-only' ? 'casusbeheer.cases.localOnly' : 'casusbeheer.cases.shared'),
    ]
      .filter((part): part is string => part !== null)
      .join(' · ');
  };
  const newsText = (n: CaseNews | undefined): string | null => {
    if (n === undefined) return null;
    const wat = [
      n.opmerkingen === 0 ? null : n.opmerkingen === 1 ? t('casusbeheer.nieuws.opmerking') : t('casusbeheer.nieuws.opmerkingen', { aantal: n.opmerkingen }),
      n.onderdelen === 0 ? null : n.onderdelen === 1 ? t('casusbeheer.nieuws.onderdeel') : t('casusbeheer.nieuws.onderdelen', { aantal: n.onderdelen }),
    ].filter((part): part is string => part !== null);
    return wat.length === 0 ? null : t('casusbeheer.nieuws', { wat: wat.join(', ') });
  };

  return (
    <section className="tafel-section" aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="utrecht-heading-2">
        {t('cases.heading')}
      </h2>
      {firstVisit && <p className="utrecht-paragraph tafel-empty">{t('cases.empty')}</p>}
      {!firstVisit && (phase === 'locked' || phase === 'needs-profile') && (
        <p className="utrecht-paragraph tafel-empty">{t(phase === 'locked' ? 'casusbeheer.cases.locked' : 'casusbeheer.cases.needsProfile')}</p>
      )}
      {(phase === 'loading' || (phase === 'ready' && cases === null)) && <p className="utrecht-paragraph">{t('cases.loading')}</p>}
      {(phase === 'failed' || failed) && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t(failed ? 'casusbeheer.cases.openFailed' : 'cases.loadFailed')}</p>
        </div>
      )}
      {/* A refused case not yet received is forgotten, so its reason shows above the list. */}
      {joinStep !== null && cases !== null && !cases.some((c) => c.room === joinStep.room) && <JoinStatus step={joinStep.step} />}
      {phase === 'ready' && cases !== null && cases.length === 0 && <p className="utrecht-paragraph tafel-empty">{t('cases.empty')}</p>}
      <CaseNotices />
      {phase === 'ready' &&
        cases !== null &&
        cases.length > 0 &&
        CASE_GROUPS.map((group) => {
          const inGroup = cases.filter((c) => groupOf(c) === group);
          return (
            <section key={group} className="tafel-case-group" aria-labelledby={`cases-${group}`}>
              <h3 id={`cases-${group}`} className="utrecht-heading-3">
                {t(`afsluiten.lijst.${group}`)} ({inGroup.length})
              </h3>
              {inGroup.length === 0 ? (
                <p className="utrecht-paragraph tafel-empty">{t('afsluiten.lijst.geen')}</p>
              ) : (
                <ul className="tafel-case-list" aria-labelledby={`cases-${group}`}>
                  {inGroup.map((c) => {
                    const nieuws = newsText(news.get(c.room));
                    return (
                      <li key={c.room} className="tafel-case-list__item">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--subtle tafel-case-list__open"
                          aria-busy={opening === c.room || undefined}
                          aria-describedby={[
                            c.unseenAlarms > 0 ? `case-alarm-${c.room}` : '',
                            nieuws === null ? '' : `case-news-${c.room}`,
                            `case-meta-${c.room}`,
                          ]
                            .filter((id) => id !== '')
                            .join(' ')}
                          onClick={() => void openCase(c.room)}
                        >
                          {c.title === '' ? t('casusbeheer.cases.untitled') : c.title}
                        </button>{' '}
                        {c.unseenAlarms > 0 && (
                          <span id={`case-alarm-${c.room}`} className="tafel-case-list__alarm" role="status" data-testid="case-alarm">
                            {t('beveiliging.alarm.startScreen')}
                          </span>
                        )}
                        {nieuws !== null && (
                          <span id={`case-news-${c.room}`} className="tafel-case-list__nieuws" data-testid="case-news">
                            {nieuws}
                          </span>
                        )}
                        <span id={`case-meta-${c.room}`} className="tafel-case-list__meta">
                          {meta(c)}
                        </span>
                        {joinStep?.room === c.room && <JoinStatus step={joinStep.step} />}
                        {c.sharing === 'local-only' && c.role === 'admin' && <PublishCase room={c.room} title={c.title} />}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
    </section>
  );
}
