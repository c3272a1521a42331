/** The overleggen part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function OverleggenPart() {
  return <PartPlaceholder part="overleggen" />;
}
