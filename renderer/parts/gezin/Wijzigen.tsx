/**
 * "Gegevens van … wijzigen": the editing fields of one item behind a disclosure, so a list of
 * items stays readable and its fields mount only when someone opens them. Absent for observers,
 * and where `mag` is false (an expert on someone else's deelnemer entry).
 */
import { useState, type ReactNode } from 'react';
import { useWorkspace } from '../../workspace/workspaceContext.js';

export function Wijzigen({ label, children, mag }: { readonly label: string; readonly children: ReactNode; readonly mag?: boolean }) {
  const { canEdit } = useWorkspace();
  const [open, setOpen] = useState(false);
  if (!(mag ?? canEdit)) return null;
  return (
    <details className="tafel-wijzig" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <div className="tafel-wijzig__inhoud">{children}</div>}
    </details>
  );
}
