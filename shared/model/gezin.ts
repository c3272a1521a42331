/**
 * Who is involved: organisaties and deelnemers at the table, the gezinsleden (with their restricted
 * geheim adres and veilig contact), relaties with the direction of violence, the netwerk (ecomap)
 * and the betrokken hulpverleners (docs/domain.md §7, §5).
 */
import { z } from 'zod';
import { idSchema, kortSchema, momentSchema, restricted, rolSchema, tekstSchema, dagSchema } from './fields.js';
import { defineCollection } from './spec.js';

/** Kinds of organisation at an MDA++ table. */
export const ORGANISATIE_TYPES = [
  'VeiligThuis',
  'Politie',
  'OM',
  'Reclassering',
  'RvdK',
  'GI',
  'LokaalTeam',
  'GGZ',
  'Verslavingszorg',
  'Opvang',
  'ZVH',
  'Gemeente',
  'Overig',
] as const;

/** An organisation that contributes to the case. */
export const organisaties = defineCollection({
  name: 'organisaties',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    naam: kortSchema.min(1),
    type: z.enum(ORGANISATIE_TYPES),
    /** Years it keeps its own record of this case (default by type: bewaren.ts, docs/bewaartermijnen.md). */
    bewaartermijnJaren: z.number().int().min(0).max(150).optional(),
  }),
  refs: [],
});

/** A professional at the table (CasusDeelnemer: the need-to-know list). */
export const deelnemers = defineCollection({
  name: 'deelnemers',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    naam: kortSchema.min(1),
    organisatieId: idSchema,
    functie: kortSchema.optional(),
    rollen: z.array(rolSchema).default([]),
    toegang: z.enum(['volledig', 'secties', 'alleen_overleg']).default('volledig'),
    vertrouwelijkheidsverklaringOp: momentSchema.optional(),
    /**
     * When the chair took this person's access away: they no longer sit at the table. What they
     * contributed stays theirs and attributed; pickers no longer offer them.
     */
    vertrokkenOp: momentSchema.optional(),
  }),
  refs: [{ field: 'organisatieId', to: ['organisaties'] }],
});

/** Roles in the gezin. */
export const ROLLEN_IN_GEZIN = ['ouder', 'partner', 'ex_partner', 'stiefouder', 'kind', 'pleegkind', 'grootouder', 'overig'] as const;

/** A gezinslid. `adres` and `veiligContact` are restricted: see visibility.ts. */
export const personen = defineCollection({
  name: 'personen',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    roepnaam: kortSchema.min(1),
    initialen: kortSchema.optional(),
    geboortejaar: z.number().int().min(1900).max(2200).optional(),
    gender: kortSchema.optional(),
    rolInGezin: z.enum(ROLLEN_IN_GEZIN),
    gezag: z.boolean().optional(),
    woonsituatie: kortSchema.optional(),
    adres: restricted({ waarde: kortSchema, geheim: z.boolean() }).optional(),
    veiligContact: restricted({ telefoon: kortSchema.optional(), tijden: kortSchema.optional(), codewoord: kortSchema.optional() }).optional(),
    taalTolkNodig: kortSchema.optional(),
    beperkingen: kortSchema.optional(),
    /** In the person's own words. */
    stemVanPersoon: tekstSchema.optional(),
  }),
  refs: [],
});

/** Fields of a Persoon that only `zichtbaarVoor` may see. */
export const RESTRICTED_PERSOON_FIELDS = ['adres', 'veiligContact'] as const;

/** A relation between two gezinsleden; `geweldRichting` reads along van → naar. */
export const relaties = defineCollection({
  name: 'relaties',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    vanPersoonId: idSchema,
    naarPersoonId: idSchema,
    type: z.enum(['partner', 'ex_partner', 'ouder_kind', 'broer_zus', 'familie', 'vriend', 'buur', 'professional']),
    geweldRichting: z.enum(['van_naar', 'naar_van', 'wederzijds', 'geen', 'onbekend']).default('onbekend'),
    omgangsregeling: kortSchema.optional(),
    contactverbod: z.boolean().optional(),
  }),
  refs: [
    { field: 'vanPersoonId', to: ['personen'] },
    { field: 'naarPersoonId', to: ['personen'] },
  ],
});

/** Someone in the gezin's network (ecomap). */
export const netwerk = defineCollection({
  name: 'netwerk',
  gevoeligheid: 'normaal',
  schema: z.strictObject({
    naam: kortSchema.min(1),
    persoonId: idSchema.optional(),
    relatieTotGezin: kortSchema,
    kanHelpenMet: z.array(kortSchema).default([]),
    veilig: z.enum(['ja', 'nee', 'onbekend']).default('onbekend'),
    inVeiligheidsplan: z.boolean().default(false),
  }),
  refs: [{ field: 'persoonId', to: ['personen'] }],
});

/** Help that is or was given, and with what result. */
export const hulpverleners = defineCollection({
  name: 'hulpverleners',
  gevoeligheid: 'bijzonder',
  schema: z.strictObject({
    organisatieId: idSchema,
    naam: kortSchema.optional(),
    wat: kortSchema,
    sinds: dagSchema.optional(),
    tot: dagSchema.optional(),
    resultaat: tekstSchema.optional(),
  }),
  refs: [{ field: 'organisatieId', to: ['organisaties'] }],
});
