/** The gezinsprofiel part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function GezinsprofielPart() {
  return <PartPlaceholder part="gezinsprofiel" />;
}
