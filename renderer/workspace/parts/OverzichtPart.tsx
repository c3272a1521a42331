/** The Overzicht part of the workspace (components in renderer/parts/overzicht). */
import { OverzichtView } from '../../parts/overzicht/OverzichtView.js';

export function OverzichtPart() {
  return <OverzichtView />;
}
