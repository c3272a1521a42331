/** The ids of a workspace's parts, apart from their components so anything may import them. */
export const PART_IDS = ['overzicht', 'gezin', 'tijdlijn', 'analyse', 'gezinsprofiel', 'risico', 'plan', 'overleggen'] as const;
export type PartId = (typeof PART_IDS)[number];

export function isPartId(value: unknown): value is PartId {
  return typeof value === 'string' && (PART_IDS as readonly string[]).includes(value);
}
