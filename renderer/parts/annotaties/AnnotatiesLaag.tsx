/**
 * The annotation layer around the open part: it keeps the annotation store of the open case,
 * gives every rich-text field inside the part its highlight extension (through
 * RichTextExtrasContext), and shows the thread panel beside parts that have something to
 * annotate. The workspace wraps the part in it.
 */
import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import { RichTextExtrasContext, type RichTextExtras } from '../../editors/richText/annotaties/extrasContext.js';
import { useDeviceSession, useOpenSession } from '../../store/index.js';
import type { PartId } from '../../workspace/partIds.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import { AnnotatiePanel } from './AnnotatiePanel.js';
import { AnnotatieStore } from './annotatieStore.js';
import { heeftDoelen } from './doelen.js';

const AnnotatieStoreContext = createContext<AnnotatieStore | null>(null);

/** The open case's annotation store, for a view inside the part that shows threads itself (vergadermodus). */
export function useAnnotatieStoreVanLaag(): AnnotatieStore | null {
  return use(AnnotatieStoreContext);
}

export interface AnnotatiesLaagProps {
  readonly part: PartId;
  readonly store: AnnotatieStore;
  readonly children: ReactNode;
}

/**
 * The annotation store of the open case, for the whole workspace visit (the navigation's
 * "nieuw" marks and every part's panel read the same one).
 */
export function useAnnotatieStore(): AnnotatieStore {
  const { room, model, viewer, canEdit } = useWorkspace();
  const session = useOpenSession((s) => s.session);
  const vault = useDeviceSession((s) => s.host?.vault ?? null);
  const store = useMemo(
    () => new AnnotatieStore({ room, model, viewer, canEdit, crypto: window.crypto, session: session?.room === room ? session : null, vault }),
    [room, model, viewer, canEdit, session, vault],
  );

  useEffect(() => {
    // A failed start shows in the panel (snapshot.fout); its cause carries no content.
    store.start().catch(() => store.failed());
    return () => {
      store.dispose().catch(() => undefined);
    };
  }, [store]);
  return store;
}

export function AnnotatiesLaag({ part, store, children }: AnnotatiesLaagProps) {
  const extras = useMemo<RichTextExtras>(() => (fragment) => store.extensionsFor(fragment), [store]);

  return (
    <RichTextExtrasContext value={extras}>
      <AnnotatieStoreContext value={store}>
        <div className={`tafel-annotaties-laag${heeftDoelen(part) ? ' tafel-annotaties-laag--met-paneel' : ''}`}>
          <div className="tafel-annotaties-laag__part">{children}</div>
          {heeftDoelen(part) && <AnnotatiePanel part={part} store={store} />}
        </div>
      </AnnotatieStoreContext>
    </RichTextExtrasContext>
  );
}
