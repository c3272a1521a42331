/** The overzicht part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function OverzichtPart() {
  return <PartPlaceholder part="overzicht" />;
}
