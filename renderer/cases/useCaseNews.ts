/**
 * What is new in each shared case since the user's last visit, for the start screen: checked when
 * the list is shown, when the window gets focus or becomes visible again, and every two minutes
 * while it stays open. Cases without news (or not checked yet) are absent from the map.
 */
import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../shared/sync/syncClient.js';
import { checkCaseNews, pauseCaseNews, type CaseNews } from '../session/caseNews.js';
import { useDeviceSession } from '../store/index.js';

const RECHECK_MS = 120_000;

export function useCaseNews(cases: readonly CaseSummary[] | null): ReadonlyMap<string, CaseNews> {
  const client = useDeviceSession((s) => s.client);
  const vault = useDeviceSession((s) => s.host?.vault ?? null);
  const [news, setNews] = useState<ReadonlyMap<string, CaseNews>>(() => new Map());

  useEffect(() => {
    if (client === null || vault === null || cases === null) return;
    const check = (): void => checkCaseNews(client, vault, cases, (room, n) => setNews((prev) => new Map(prev).set(room, n)));
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') check();
    };
    check();
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
