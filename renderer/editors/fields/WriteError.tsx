/** The model's refusal of a write (from useWrite), said in words; nothing when all went well. */
export function WriteError({ error }: { readonly error: string | null | undefined }) {
  if (error === null || error === undefined) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{error}</p>
    </div>
  );
}
