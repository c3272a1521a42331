/**
 * The parts of a case workspace, in the order the navigation lists them. The order follows the
 * meeting: who is involved, what happened, what it means, how safe it is, what we agree.
 */
import type { ComponentType } from 'react';
import { AnalyseView } from '../parts/analyse/AnalyseView.js';
import { GezinView } from '../parts/gezin/GezinView.js';
import { GezinsprofielView } from '../parts/gezinsprofiel/GezinsprofielView.js';
import { OverleggenView } from '../parts/overleggen/OverleggenView.js';
import { OverzichtView } from '../parts/overzicht/OverzichtView.js';
import { PlanView } from '../parts/plan/PlanView.js';
import { RisicoView } from '../parts/risico/RisicoView.js';
import { TijdlijnView } from '../parts/tijdlijn/TijdlijnView.js';
import type { PartId } from '../workspace/partIds.js';

export interface PartDefinition {
  readonly id: PartId;
  readonly label: `workspace.part.${PartId}`;
  readonly component: ComponentType;
}

export const PARTS: readonly PartDefinition[] = [
  { id: 'overzicht', label: 'workspace.part.overzicht', component: OverzichtView },
  { id: 'gezin', label: 'workspace.part.gezin', component: GezinView },
  { id: 'tijdlijn', label: 'workspace.part.tijdlijn', component: TijdlijnView },
  { id: 'analyse', label: 'workspace.part.analyse', component: AnalyseView },
  { id: 'gezinsprofiel', label: 'workspace.part.gezinsprofiel', component: GezinsprofielView },
  { id: 'risico', label: 'workspace.part.risico', component: RisicoView },
  { id: 'plan', label: 'workspace.part.plan', component: PlanView },
  { id: 'overleggen', label: 'workspace.part.overleggen', component: OverleggenView },
];
