/** The verklarende analyse part of the workspace (components in renderer/parts/analyse). */
import { AnalyseView } from '../../parts/analyse/AnalyseView.js';

export function AnalysePart() {
  return <AnalyseView />;
}
