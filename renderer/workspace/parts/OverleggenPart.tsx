/** The overleggen part of the workspace (components in renderer/parts/overleggen). */
import { OverleggenView } from '../../parts/overleggen/OverleggenView.js';

export function OverleggenPart() {
  return <OverleggenView />;
}
