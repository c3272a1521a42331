/** Removes an item; its accessible name says which, and undo can bring it back. */
export function RemoveButton({ label, onRemove, hidden }: { readonly label: string; onRemove(): void; readonly hidden?: boolean }) {
  if (hidden === true) return null;
  return (
    <button type="button" className="utrecht-button utrecht-button--subtle tafel-remove" onClick={onRemove}>
      {label}
    </button>
  );
}
