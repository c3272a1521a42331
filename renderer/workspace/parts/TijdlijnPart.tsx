/** The tijdlijn part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function TijdlijnPart() {
  return <PartPlaceholder part="tijdlijn" />;
}
