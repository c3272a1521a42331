/** The gezin part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function GezinPart() {
  return <PartPlaceholder part="gezin" />;
}
