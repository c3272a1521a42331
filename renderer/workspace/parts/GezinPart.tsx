/** The Gezin & netwerk part of the workspace (components in renderer/parts/gezin). */
import { GezinView } from '../../parts/gezin/GezinView.js';

export function GezinPart() {
  return <GezinView />;
}
