/**
 * The parts of a case workspace, in the order the navigation lists them. The order follows the
 * meeting: who is involved, what happened, what it means, how safe it is, what we agree.
 */
import type { ComponentType } from 'react';
import { AnalysePart } from './parts/AnalysePart.js';
import { GezinPart } from './parts/GezinPart.js';
import { GezinsprofielPart } from './parts/GezinsprofielPart.js';
import { OverleggenPart } from './parts/OverleggenPart.js';
import { OverzichtPart } from './parts/OverzichtPart.js';
import { PlanPart } from './parts/PlanPart.js';
import { RisicoPart } from './parts/RisicoPart.js';
import { TijdlijnPart } from './parts/TijdlijnPart.js';

import type { PartId } from './partIds.js';

export { PART_IDS, isPartId, type PartId } from './partIds.js';

export interface PartDefinition {
  readonly id: PartId;
  readonly label: `workspace.part.${PartId}`;
  readonly component: ComponentType;
}

export const PARTS: readonly PartDefinition[] = [
  { id: 'overzicht', label: 'workspace.part.overzicht', component: OverzichtPart },
  { id: 'gezin', label: 'workspace.part.gezin', component: GezinPart },
  { id: 'tijdlijn', label: 'workspace.part.tijdlijn', component: TijdlijnPart },
  { id: 'analyse', label: 'workspace.part.analyse', component: AnalysePart },
  { id: 'gezinsprofiel', label: 'workspace.part.gezinsprofiel', component: GezinsprofielPart },
  { id: 'risico', label: 'workspace.part.risico', component: RisicoPart },
  { id: 'plan', label: 'workspace.part.plan', component: PlanPart },
  { id: 'overleggen', label: 'workspace.part.overleggen', component: OverleggenPart },
];
