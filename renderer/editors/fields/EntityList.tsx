/**
 * A titled list of one kind of item in a part: an empty state that says in one sentence what
 * belongs here, the items, an error the model raised, and an add button for those who may edit.
 */
import type { ReactNode } from 'react';
import { WriteError } from './WriteError.js';

export interface EntityListProps<T extends { readonly id: string }> {
  readonly headingId: string;
  readonly heading: string;
  /** One sentence, in the domain's words, of what belongs here. */
  readonly emptyText: string;
  readonly items: readonly T[];
  renderItem(item: T): ReactNode;
  /** Label of the add button; no button when absent or when `canEdit` is false. */
  readonly addLabel?: string;
  onAdd?(): void;
  readonly canEdit: boolean;
  readonly error?: string | null;
  readonly level?: 2 | 3;
}

export function EntityList<T extends { readonly id: string }>({ headingId, heading, emptyText, items, renderItem, addLabel, onAdd, canEdit, error, level = 3 }: EntityListProps<T>) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="tafel-entity-list" aria-labelledby={headingId}>
      <Heading id={headingId} className={level === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{emptyText}</p>
      ) : (
        <ul className="tafel-entity-list__items">
          {items.map((item) => (
            <li key={item.id} className="tafel-entity-list__item">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && addLabel !== undefined && onAdd !== undefined && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </section>
  );
}
