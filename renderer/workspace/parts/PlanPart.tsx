/** The veiligheidsplan part of the workspace (components in renderer/parts/plan). */
import { PlanView } from '../../parts/plan/PlanView.js';

export function PlanPart() {
  return <PlanView />;
}
