/** The risico part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function RisicoPart() {
  return <PartPlaceholder part="risico" />;
}
