/** The plan part of the workspace. Placeholder until its editor lands. */
import { PartPlaceholder } from './PartPlaceholder.js';

export function PlanPart() {
  return <PartPlaceholder part="plan" />;
}
