/** Reading and changing one expert's position as a stand per profile (the same four the team uses). */
import { PROFIELEN, type Profiel, type ProfielStand, type ProfielStandpunt } from '../../../shared/model/index.js';

type Posities = Pick<ProfielStandpunt, 'primair' | 'secundair' | 'uitgesloten'>;

/** How `standpunt` rates `profiel`. */
export function standIn(standpunt: Posities, profiel: Profiel): ProfielStand {
  if (standpunt.primair === profiel) return 'primair';
  if (standpunt.secundair.includes(profiel)) return 'secundair';
  if (standpunt.uitgesloten.includes(profiel)) return 'uitgesloten';
  return 'geen';
}

/** The patch that gives `profiel` the stand `stand`; one primary at most, one stand per profile. */
export function metStand(
  standpunt: Posities,
  profiel: Profiel,
  stand: ProfielStand,
): { primair: Profiel | undefined; secundair: Profiel[]; uitgesloten: Profiel[] } {
  const secundair = standpunt.secundair.filter((p) => p !== profiel);
  const uitgesloten = standpunt.uitgesloten.filter((p) => p !== profiel);
  let primair = standpunt.primair === profiel ? undefined : standpunt.primair;
  if (stand === 'primair') primair = profiel;
  if (stand === 'secundair') secundair.push(profiel);
  if (stand === 'uitgesloten') uitgesloten.push(profiel);
  return { primair, secundair, uitgesloten };
}

/** Profiles some experts see (primair or secundair) while others exclude them. */
export function betwisteProfielen(standpunten: readonly Posities[]): Profiel[] {
  return PROFIELEN.filter((p) => {
    const standen = standpunten.map((s) => standIn(s, p));
    return standen.includes('uitgesloten') && (standen.includes('primair') || standen.includes('secundair'));
  });
}

/** How many experts chose each primary profile, most chosen first. */
export function primairTelling(standpunten: readonly Posities[]): Array<{ profiel: Profiel; aantal: number }> {
  const counts = new Map<Profiel, number>();
  for (const s of standpunten) if (s.primair !== undefined) counts.set(s.primair, (counts.get(s.primair) ?? 0) + 1);
  return [...counts]
    .map(([profiel, aantal]) => ({ profiel, aantal }))
    .sort((a, b) => b.aantal - a.aantal || PROFIELEN.indexOf(a.profiel) - PROFIELEN.indexOf(b.profiel));
}
