/** "Nu in deze casus": who is here, their organisation and role, and which part they have open. */
import { useT } from '../i18n/useT.js';
import { PARTS } from './parts.js';
import { usePresence } from '../workspace/awareness.js';
import { useWorkspace } from '../workspace/workspaceContext.js';

export function Presence() {
  const t = useT();
  const { awareness } = useWorkspace();
  const people = usePresence(awareness);
  return (
    <section className="tafel-presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="tafel-presence__heading">
        {t('workspace.presence.heading', { count: people.length })}
      </h2>
      <ul className="tafel-presence__list">
        {people.map((p) => {
          const part = PARTS.find((d) => d.id === p.part);
          return (
            <li key={p.clientId} className="tafel-presence__person" data-testid="presence-person">
              <span className="tafel-presence__dot" style={{ backgroundColor: p.color }} aria-hidden="true" />
              <span className="tafel-presence__name">{p.isMe ? t('workspace.presence.me', { name: p.name }) : p.name}</span>
              <span className="tafel-presence__meta">
                {[p.organisation, p.role === null ? '' : t(`workspace.role.${p.role}`), part === undefined ? '' : t(part.label)]
                  .filter((s) => s !== '')
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
