/** The gezinsprofiel part of the workspace (components in renderer/parts/gezinsprofiel). */
import { GezinsprofielView } from '../../parts/gezinsprofiel/GezinsprofielView.js';

export function GezinsprofielPart() {
  return <GezinsprofielView />;
}
