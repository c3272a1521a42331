/** The analyse part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function AnalysePart() {
  return <PartPlaceholder part="analyse" />;
}
