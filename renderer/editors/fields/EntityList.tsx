/**
 * A titled list of one kind of item in a part: an empty state that says in one sentence what
 * belongs here, the items, an error the model raised, and an add button (or form) for those who
 * may edit.
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
  /** A form (or a note why none) to add an item in place, shown instead of the add button when `canEdit`. */
  readonly addForm?: ReactNode;
  readonly canEdit: boolean;
  readonly error?: string | null;
  readonly level?: 2 | 3;
  /**
   * The look, for a part that lays out its lists otherwise (the gezin and overzicht blocks):
   * the section's and the list's classes, and each item's (null: none, the item styles itself).
   */
  readonly classNames?: { readonly section: string; readonly list: string; readonly item: string | null };
}

const CARDS = { section: 'tafel-entity-list', list: 'tafel-entity-list__items', item: 'tafel-entity-list__item' } as const;

export function EntityList<T extends { readonly id: string }>({
  headingId,
  heading,
  emptyText,
  items,
  renderItem,
  addLabel,
  onAdd,
  addForm,
  canEdit,
  error,
  level = 3,
  classNames = CARDS,
}: EntityListProps<T>) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={classNames.section} aria-labelledby={headingId}>
      <Heading id={headingId} className={level === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
        {heading}
      </Heading>
      {items.length === 0 ? (
        <p className="utrecht-paragraph tafel-empty">{emptyText}</p>
      ) : (
        <ul className={classNames.list}>
          {items.map((item) => (
            <li key={item.id} className={classNames.item ?? undefined}>
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      <WriteError error={error} />
      {canEdit && addForm}
      {canEdit && addForm === undefined && addLabel !== undefined && onAdd !== undefined && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </section>
  );
}
