/**
 * Every data table in Tafel goes through here: a captioned `utrecht-table` inside a wrapper that
 * scrolls sideways when the table does not fit (WCAG 1.4.10 reflow: at 320 CSS px or 400% zoom
 * the table may scroll inside its own box, the page may not). Only while it overflows, the wrapper
 * is a region named by the caption with `tabIndex=0`, so keyboard users can scroll it with the
 * arrow keys; a table that fits adds no tab stop. The shared look, and whole words in cells
 * instead of letters wrapping, is in styles/tables.css.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import '../styles/tables.css';

export interface TableScrollProps {
  /** The table's caption: it names the table and, while it scrolls, its wrapper. */
  readonly caption: ReactNode;
  /** The part's own class for the table (column widths, row marks). */
  readonly className?: string;
  /** The column headers, in order (`key` is stable across renders). */
  readonly columns: readonly TableColumn[];
  /** The table's `tbody`. */
  readonly children: ReactNode;
}

/** One column header. */
export interface TableColumn {
  readonly key: string;
  readonly label: ReactNode;
}

export function TableScroll({ caption, className, columns, children }: TableScrollProps) {
  const captionId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsInline(wrapper);
  return (
    <div
      ref={wrapper}
      className={`tafel-table-scroll${overflows ? ' tafel-table-scroll--overflow' : ''}`}
      {...(overflows ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className={className === undefined ? 'utrecht-table' : `utrecht-table ${className}`}>
        <caption id={captionId} className="utrecht-table__caption">
          <span className="tafel-table-scroll__caption">{caption}</span>
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c) => (
              <th key={c.key} scope="col" className="utrecht-table__header-cell">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

/** Whether the element's content is wider than its box; follows resizes of the box and of the table in it. */
function useOverflowsInline(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const check = (): void => setOverflows(element.scrollWidth > element.clientWidth + 1);
    check();
    // Without ResizeObserver (very old engines) the first measurement stands.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
