/**
 * The case workspace: the case's title and sync state, who is here, the navigation of the case's
 * parts and the open part. Focus moves to the part's heading on navigation, so a screen reader
 * hears where it landed.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT.js';
import { PARTS } from './parts.js';
import type { PartId } from '../workspace/partIds.js';
import { announcePart, announceUser } from '../workspace/awareness.js';
import { useCollection } from '../editors/fields/index.js';
import { Presence } from './Presence.js';
import { SecurityNotices } from './SecurityNotices.js';
import { SyncStatusText } from './SyncStatusText.js';
import { UndoButtons } from './UndoButtons.js';
import { AccessButton } from './access/AccessButton.js';
import { usePart, useWorkspace } from '../workspace/workspaceContext.js';
import { AnnotatiesLaag, useAnnotatieStore } from '../parts/annotaties/AnnotatiesLaag.js';
import { changedParts } from '../workspace/partChanges.js';
import { useNaarDoel } from '../session/naarDoel.js';
import type { CaseModel } from '../../shared/model/index.js';

const readTitle = (model: CaseModel): string => model.meta.get().titel;

export interface WorkspaceProps {
  readonly part: PartId;
  onNavigate(part: PartId): void;
  onClose(): void;
}

export function Workspace({ part, onNavigate, onClose }: WorkspaceProps) {
  const t = useT();
  const workspace = useWorkspace();
  const title = usePart({ soort: 'meta' }, readTitle);
  const heading = useRef<HTMLHeadingElement>(null);
  const balk = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const current = PARTS.find((p) => p.id === part) ?? PARTS[0]!;
  const Part = current.component;
  const annotations = useAnnotatieStore();
  const nieuw = useSyncExternalStore(annotations.subscribe, annotations.getSnapshot).nieuw;
  // A part's "nieuw" mark goes once the user has opened it during this visit.
  const [seen, setSeen] = useState<ReadonlySet<PartId>>(() => new Set([part]));
  // Adjusting state while rendering (React's pattern for state derived from a prop): however the
  // part was opened (navigation, a link in another part), it counts as seen.
  if (!seen.has(current.id)) setSeen(new Set([...seen, current.id]));
  const marked = useMemo(() => (nieuw === null ? new Set<PartId>() : changedParts(workspace.model, nieuw)), [nieuw, workspace.model]);

  useEffect(() => {
    announcePart(workspace.awareness, current.id);
    if (firstRender.current) {
      firstRender.current = false;
      // A case opens at its top, not where the start screen was scrolled to (its forms are long).
      window.scrollTo({ top: 0, behavior: 'instant' });
    } else heading.current?.focus();
  }, [workspace.awareness, current.id]);

  // The sticky bar's height, for what sticks below it (the meeting bar) and what scrolls into view.
  useEffect(() => {
    const el = balk.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    // On the root element: the page's scroll padding (caret and focus scrolling) reads it too.
    const meet = (): void => document.documentElement.style.setProperty('--tafel-balk-hoogte', `${el.offsetHeight}px`);
    const observer = new ResizeObserver(meet);
    observer.observe(el);
    meet();
    return () => {
      observer.disconnect();
      document.documentElement.style.removeProperty('--tafel-balk-hoogte');
    };
  }, []);

  // A link to an item (the checklist before Vaststellen) brings it into view once the part shows it.
  useNaarDoel(current.id);

  // Others see this user by the name the case knows them by, also after they change it.
  const deelnemers = useCollection('deelnemers');
  const eigenNaam = deelnemers.find((d) => d.id === workspace.viewer.deelnemerId)?.naam;
  useEffect(() => {
    if (eigenNaam !== undefined && eigenNaam !== workspace.user.name) announceUser(workspace.awareness, { ...workspace.user, name: eigenNaam });
  }, [workspace.awareness, workspace.user, eigenNaam]);

  useEffect(() => {
    document.title = t('workspace.documentTitle', { title, part: t(current.label) });
  }, [t, title, current.label]);

  return (
    <div className="tafel-workspace">
      <div className="tafel-workspace__bar" ref={balk}>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
          {t('workspace.backToStart')}
        </button>
        <h1 className="utrecht-heading-1 tafel-workspace__title">{title}</h1>
        <SyncStatusText source={workspace.sync} />
        <UndoButtons />
        <AccessButton />
      </div>
      {workspace.security !== undefined && <SecurityNotices source={workspace.security} />}
      {!workspace.canEdit && (
        <div className="utrecht-alert utrecht-alert--info tafel-readonly-notice">
          <p className="utrecht-paragraph">{t('workspace.readOnly')}</p>
        </div>
      )}
      <div className="tafel-workspace__body">
        <nav className="tafel-workspace__nav" aria-label={t('workspace.navLabel')}>
          <ul className="tafel-workspace__nav-list">
            {PARTS.map((p) => {
              const isNew = marked.has(p.id) && !seen.has(p.id);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className="tafel-workspace__nav-item"
                    aria-current={p.id === current.id ? 'page' : undefined}
                    aria-describedby={isNew ? 'nav-new-description' : undefined}
                    data-new={isNew ? 'true' : undefined}
                    onClick={() => onNavigate(p.id)}
                  >
                    {t(p.label)}
                    {isNew && (
                      <span className="tafel-workspace__nav-new" aria-hidden="true">
                        {t('workspace.nav.new')}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
          <p id="nav-new-description" hidden>
            {t('workspace.nav.newDescription')}
          </p>
          <Presence />
        </nav>
        <section className="tafel-workspace__part" aria-labelledby="part-heading" data-part={current.id}>
          <h2 id="part-heading" ref={heading} tabIndex={-1} className="utrecht-heading-2">
            {t(current.label)}
          </h2>
          <AnnotatiesLaag part={current.id} store={annotations}>
            <Part />
          </AnnotatiesLaag>
        </section>
      </div>
    </div>
  );
}
