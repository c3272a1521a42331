/**
 * Readers of the plan's collections without their rich-text fields. Typing in a doel, an
 * afspraak's "wat" or the gezinsversie changes that entity; lists read through these readers
 * stay equal (the part store compares deeply), so only the editor being typed in updates.
 */
import { plainTextOf, type Afspraak, type CaseModel, type Plan, type Veiligheidsdoel } from '../../../shared/model/index.js';
import { usePart } from '../../workspace/workspaceContext.js';

export type PlanZonderTekst = Omit<Plan, 'gezinsVersie'>;
export type DoelZonderTekst = Omit<Veiligheidsdoel, 'doel'>;
export type AfspraakZonderTekst = Omit<Afspraak, 'wat'>;
/** An afspraak with "wat" as plain text, for the overview and choice labels. */
export type AfspraakAlsTekst = Omit<Afspraak, 'wat'> & { readonly wat: string };

const readPlannen = (model: CaseModel): PlanZonderTekst[] => model.plannen.list().map(({ gezinsVersie: _, ...rest }) => rest);
const readDoelen = (model: CaseModel): DoelZonderTekst[] => model.veiligheidsdoelen.list().map(({ doel: _, ...rest }) => rest);
const readAfspraken = (model: CaseModel): AfspraakZonderTekst[] => model.afspraken.list().map(({ wat: _, ...rest }) => rest);
const readAfsprakenAlsTekst = (model: CaseModel): AfspraakAlsTekst[] => model.afspraken.list().map((a) => ({ ...a, wat: plainTextOf(a.wat) }));

export const usePlannen = (): PlanZonderTekst[] => usePart({ soort: 'collectie', naam: 'plannen' }, readPlannen);
export const useDoelen = (): DoelZonderTekst[] => usePart({ soort: 'collectie', naam: 'veiligheidsdoelen' }, readDoelen);
export const useAfspraken = (): AfspraakZonderTekst[] => usePart({ soort: 'collectie', naam: 'afspraken' }, readAfspraken);
export const useAfsprakenAlsTekst = (): AfspraakAlsTekst[] => usePart({ soort: 'collectie', naam: 'afspraken' }, readAfsprakenAlsTekst);
