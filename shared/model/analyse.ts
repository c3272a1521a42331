/**
 * The verklarende analyse (docs/domain.md §1, §7): configurable sections (their text lives in one root
 * XmlFragment each, see docLayout.ts), perspectieven, factoren, hypothesen with evidence for and
 * against, and recorded meningsverschillen. Facts (tijdlijn), factors, hypotheses and besluiten stay
 * separate entities, as the beslismodel asks [V4].
 */
import { z } from 'zod';
import { dagSchema, idSchema, kortSchema, tekstSchema } from './fields.js';
import { richTextSchema, emptyRichDoc } from './richText.js';
import { standpuntBewaking } from './persoonlijk.js';
import { defineCollection } from './spec.js';

const rich = richTextSchema.default(emptyRichDoc);

/** The analysis as a whole (root map `analyse`). */
export const analyseSchema = z.strictObject({
  status: z.enum(['concept', 'besproken_met_gezin', 'vastgesteld']).default('concept'),
  /** The agreed explanation: a register, so there is never more than one. */
  werkhypotheseId: idSchema.optional(),
  vastgesteldOp: dagSchema.optional(),
  vastgesteldInOverlegId: idSchema.optional(),
});

/** One section of the analysis: its label and place; the text is the section's root fragment. */
export const secties = defineCollection({
  name: 'secties',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    titel: kortSchema.min(1),
    volgorde: z.number().int().min(0).max(10_000),
    hulptekst: kortSchema.optional(),
  }),
  refs: [],
});

/** How one gezinslid (or network member) sees it, in their own words. */
export const perspectieven = defineCollection({
  name: 'perspectieven',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    persoonId: idSchema,
    inEigenWoorden: rich,
    datum: dagSchema.optional(),
  }),
  refs: [{ field: 'persoonId', to: ['personen', 'netwerk'] }],
});

/** Kinds of factor (SoS columns and the 4-P roles, docs/domain.md §1.2). */
export const FACTOR_SOORTEN = ['zorg', 'kracht', 'risico', 'beschermend', 'complicerend', 'uitzondering'] as const;

/** A factor in or around the gezin, with the facts that support it. */
export const factoren = defineCollection({
  name: 'factoren',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    soort: z.enum(FACTOR_SOORTEN),
    niveau: z.enum(['kind', 'ouder', 'relatie', 'gezin', 'netwerk', 'omgeving']),
    rolInProbleem: z.enum(['veroorzakend', 'uitlokkend', 'in_stand_houdend', 'verergerend', 'beschermend']).optional(),
    titel: kortSchema.min(1),
    omschrijving: rich,
    persoonIds: z.array(idSchema).default([]),
    bewijsGebeurtenisIds: z.array(idSchema).default([]),
  }),
  refs: [
    { field: 'persoonIds', to: ['personen'] },
    { field: 'bewijsGebeurtenisIds', to: ['gebeurtenissen'] },
  ],
});

/** Stored status of a hypothesis; "werkhypothese" is the analysis' register (see caseModel.ts). */
export const HYPOTHESE_STATUSSEN = ['open', 'aannemelijk', 'verworpen'] as const;

/** A competing explanation. */
export const hypothesen = defineCollection({
  name: 'hypothesen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    titel: kortSchema.min(1),
    stelling: rich,
    status: z.enum(HYPOTHESE_STATUSSEN).default('open'),
    voorgesteldDoor: idSchema.optional(),
  }),
  refs: [{ field: 'voorgesteldDoor', to: ['deelnemers', 'personen'] }],
});

/** Evidence for or against a hypothesis: a fact, a factor and/or a line of text. */
export const bewijzen = defineCollection({
  name: 'bewijzen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    hypotheseId: idSchema,
    richting: z.enum(['voor', 'tegen']),
    tekst: tekstSchema,
    factorId: idSchema.optional(),
    gebeurtenisId: idSchema.optional(),
  }),
  refs: [
    { field: 'hypotheseId', to: ['hypothesen'] },
    { field: 'factorId', to: ['factoren'] },
    { field: 'gebeurtenisId', to: ['gebeurtenissen'] },
  ],
});

/** A recorded disagreement (gezin and professionals, or professionals among themselves). */
export const meningsverschillen = defineCollection({
  name: 'meningsverschillen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    onderwerp: kortSchema.min(1),
    hypotheseId: idSchema.optional(),
    opgelost: z.boolean().default(false),
  }),
  refs: [{ field: 'hypotheseId', to: ['hypothesen'] }],
});

/** Who holds which view in a disagreement; `wie` may be a gezinslid. */
export const standpunten = defineCollection({
  name: 'standpunten',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    meningsverschilId: idSchema,
    wie: idSchema,
    standpunt: tekstSchema.min(1),
    /** The device that recorded it (persoonlijk.ts). */
    auteurApparaatId: idSchema.optional(),
  }),
  refs: [
    { field: 'meningsverschilId', to: ['meningsverschillen'] },
    { field: 'wie', to: ['personen', 'deelnemers', 'netwerk'] },
  ],
  bewaking: standpuntBewaking,
});
