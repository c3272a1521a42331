/**
 * The Voorstellen side of one rich-text field: whether proposals can be made in it (a field of
 * the analysis or the plan, a user who may write), the chosen way (Bewerken or Voorstellen,
 * starting as `useStandaardWijze` says and kept per field for this visit once the user picks),
 * the editor extension, and the last edit that could not be a proposal.
 */
import type { Extensions } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { nieuwVoorstelId, plekVanFragment, type VoorstelPlek } from '../../../../shared/model/index.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import type { VoorstelAuteur, Weigering } from './alsVoorstel.js';
import { useStandaardWijze } from './standaardWijze.js';
import { Voorstellen, type Wijzigwijze } from './voorstelExtension.js';

/** The user's own pick per field, for this visit: a re-rendered or re-opened field keeps it. */
const gekozen = new WeakMap<Y.XmlFragment, Wijzigwijze>();
/** The way each field's editor works now; its extension reads it on every transaction. */
const huidig = new WeakMap<Y.XmlFragment, Wijzigwijze>();

/** Six random characters of [0-9a-z] for a proposal id. */
function willekeurig(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** The acting user as author of new proposals (ids with their id, the time and a random part). */
function auteurVoor(deelnemerId: string): VoorstelAuteur {
  return { deelnemerId, nieuwId: () => nieuwVoorstelId(deelnemerId, Date.now(), willekeurig()) };
}

export interface VoorstelVeld {
  /** The field, if proposals can live in it (also for readers: they see them). */
  readonly plek: VoorstelPlek | null;
  /** True if this user can switch and propose here. */
  readonly kanVoorstellen: boolean;
  readonly wijze: Wijzigwijze;
  kies(wijze: Wijzigwijze): void;
  /** Extensions for the editor (stable per field and user). */
  readonly extensies: Extensions;
  readonly weigering: Weigering | null;
}

const GEEN: Extensions = [];

export function useVoorstelVeld(fragment: Y.XmlFragment, readOnly: boolean): VoorstelVeld {
  const { viewer, canEdit } = useWorkspace();
  const plek = useMemo(() => plekVanFragment(fragment), [fragment]);
  const kanVoorstellen = plek !== null && canEdit && !readOnly;
  const standaard = useStandaardWijze(plek);
  const [keuze, setKeuze] = useState<Wijzigwijze | undefined>(() => gekozen.get(fragment));
  const wijze: Wijzigwijze = kanVoorstellen ? (keuze ?? standaard) : 'bewerken';
  const [weigering, setWeigering] = useState<Weigering | null>(null);

  // The editor reads the way on every transaction, so switching does not rebuild it.
  useEffect(() => {
    huidig.set(fragment, wijze);
  }, [fragment, wijze]);

  const deelnemerId = viewer.deelnemerId;
  // Readers of a field with proposals get the extension too, without an author: it only draws the
  // marks of proposed paragraph breaks.
  const extensies = useMemo(
    () =>
      plek !== null
        ? [
            Voorstellen.configure({
              auteur: kanVoorstellen ? auteurVoor(deelnemerId) : null,
              modus: () => huidig.get(fragment) ?? 'bewerken',
              onWeigering: setWeigering,
            }),
          ]
        : GEEN,
    [plek, kanVoorstellen, deelnemerId, fragment],
  );

  const kies = useCallback(
    (nieuw: Wijzigwijze) => {
      gekozen.set(fragment, nieuw);
      huidig.set(fragment, nieuw);
      setKeuze(nieuw);
      setWeigering(null);
    },
    [fragment],
  );

  return { plek, kanVoorstellen, wijze, kies, extensies, weigering };
}
