/** The tijdlijn part of the workspace (components in renderer/parts/tijdlijn). */
import { TijdlijnView } from '../../parts/tijdlijn/TijdlijnView.js';

export function TijdlijnPart() {
  return <TijdlijnView />;
}
