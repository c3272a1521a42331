/**
 * Reading plan text as a chair would: what proposes joint contact, a handover by family or an
 * anger training, and what only mentions them (a refusal, separate conversations, a professional
 * setting) and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { herken, type Herkenning } from './tekstHerkenning.js';

const wat = (tekst: string, ouderNamen: readonly string[] = []): Herkenning[] => herken(tekst, { ouderNamen }).map((g) => g.wat);

describe('herken: joint contact of both partners', () => {
  it.each([
    'Gesprek met vader en moeder samen.',
    'Gesprek met moeder en vader.',
    'Gezamenlijk oudergesprek bij het wijkteam',
    'De ouders worden samen uitgenodigd voor een gesprek.',
    'Gezamenlijke gesprekken om de communicatie te verbeteren',
    'Gezamenlijke ouderschapsbegeleiding starten',
    'Beide ouders krijgen samen opvoedbegeleiding.',
    'Vader samen met moeder in gesprek over de kinderen',
    'Ouders gaan met elkaar in gesprek onder begeleiding van GGZ',
    'Geen mediation, wel een gezamenlijk gesprek.',
  ])('%s', (tekst) => {
    expect(wat(tekst)).toEqual(['gezamenlijk_contact']);
  });

  it("reads the parents' own names as parents", () => {
    expect(wat('Gesprek met Mark en Sanne samen.', ['Mark', 'Sanne'])).toEqual(['gezamenlijk_contact']);
    expect(wat('Gesprek met Mark en Sanne samen.')).toEqual([]);
  });

  it.each(['Mediation over de omgang', 'Ouders naar een mediator', 'Relatietherapie voor het echtpaar', 'Omgangsbemiddeling via het Juridisch Loket'])(
    'mediation and therapy on their own: %s',
    (tekst) => {
      expect(wat(tekst)).toEqual(['mediation']);
    },
  );

  it.each([
    'Geen mediation.',
    'Geen gezamenlijke gesprekken tussen vader en moeder.',
    'Vervallen door het besluit: geen gezamenlijke gesprekken.',
    'Vader en moeder krijgen ieder apart een gesprek.',
    'Gesprek met moeder en vader afzonderlijk',
    'Gesprek met moeder over het veiligheidsplan.',
    'Gesprek met moeder over het gedrag van vader.',
    'Gesprek met moeder, daarna met vader.',
    'Samen met moeder een vluchtplan maken.',
    'Vader en moeder hebben geen contact buiten de overdracht in het omgangshuis.',
    'Professionals overleggen met elkaar over de aanpak.',
    'Parallel ouderschap: de ouders hebben geen contact met elkaar.',
    'Specialistische daderhulp in plaats van relatietherapie.',
    'Vader houdt zich aan het contactverbod.',
  ])('stays quiet on: %s', (tekst) => {
    expect(wat(tekst)).toEqual([]);
  });
});

describe('herken: handover by family, anger training', () => {
  it.each([
    'Oma begeleidt elke overdracht bij haar thuis.',
    'Geen mediation; begeleide overdracht via oma.',
    'De buurvrouw doet het halen en brengen bij de wissel',
  ])('handover by family: %s', (tekst) => {
    expect(wat(tekst)).toEqual(['overdracht_door_familie']);
  });

  it.each([
    'Overdracht in het omgangshuis, oma brengt de kinderen.',
    'Professioneel begeleide overdracht; oma is er niet bij.',
    'Geen overdracht via familie.',
    'Oma vangt de kinderen op na school.',
  ])('stays quiet on: %s', (tekst) => {
    expect(wat(tekst)).toEqual([]);
  });

  it('an anger training counts, specialised daderhulp instead of one does not', () => {
    expect(wat('Vader volgt een training agressieregulatie.')).toEqual(['agressietraining']);
    expect(wat('Intake agressietraining plannen')).toEqual(['agressietraining']);
    expect(wat('Vader volgt specialistische daderhulp in plaats van agressieregulatie.')).toEqual([]);
    expect(wat('Vader volgt specialistische daderhulp bij de reclassering.')).toEqual([]);
  });

  it('says where it found it, clause by clause', () => {
    expect(herken('Geen mediation; begeleide overdracht via oma. Vader volgt agressieregulatie.')).toEqual([
      { wat: 'overdracht_door_familie', zin: 'begeleide overdracht via oma' },
      { wat: 'agressietraining', zin: 'vader volgt agressieregulatie' },
    ]);
  });
});
