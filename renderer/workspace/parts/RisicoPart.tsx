/** The risicotaxatie part of the workspace (components in renderer/parts/risico). */
import { RisicoView } from '../../parts/risico/RisicoView.js';

export function RisicoPart() {
  return <RisicoView />;
}
