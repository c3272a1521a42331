/**
 * What is new in each shared case since the user's last visit, for the start screen: checked when
 * the list is shown (opening the app, coming back from a case), and again when the window comes
 * back or every quarter of an hour, for cases not checked in the last five minutes — each
 * catch-up is a connect in the case's access log, which the chair must be able to read. Cases
 * without news (or not checked yet) are absent from the map. A catch-up that brought changes
 * updates the case's list entry; the list is then read again (which checks only cases not
 * checked yet, such as one just joined).
 */
import { useEffect, useRef, useState } from 'react';
import type { CaseSummary } from '../../shared/sync/session/syncClient.js';
import { checkCaseNews, pauseCaseNews, type CaseNews } from '../session/caseNews.js';
import { refreshCases } from '../session/deviceSession.js';
import { useDeviceSession } from '../store/index.js';

const RECHECK_MS = 15 * 60_000;
const NOT_WITHIN_MS = 5 * 60_000;

export function useCaseNews(cases: readonly CaseSummary[] | null): ReadonlyMap<string, CaseNews> {
  const client = useDeviceSession((s) => s.client);
  const vault = useDeviceSession((s) => s.host?.vault ?? null);
  const [news, setNews] = useState<ReadonlyMap<string, CaseNews>>(() => new Map());
  const shown = useRef(false);

  useEffect(() => {
    if (client === null || vault === null || cases === null) return;
    // Entries brought up to date are read again once the run is over (the list is decrypted whole,
    // and reading it anew restarts this effect, which would stop the run).
    let bijgewerkt = false;
    const report = (room: string, n: CaseNews): void => {
      setNews((prev) => new Map(prev).set(room, n));
      if (n.lijstBijgewerkt) bijgewerkt = true;
    };
    const done = (): void => {
      if (bijgewerkt) void refreshCases();
      bijgewerkt = false;
    };
    const check = (): void => checkCaseNews(client, vault, cases, report, NOT_WITHIN_MS, done);
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') check();
    };
    // Every case when the list is first shown; when the list is read again, only cases not just checked.
    checkCaseNews(client, vault, cases, report, shown.current ? NOT_WITHIN_MS : 0, done);
    shown.current = true;
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, RECHECK_MS);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
      void pauseCaseNews();
    };
  }, [client, vault, cases]);
  return news;
}
