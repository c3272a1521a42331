/**
 * The open proposals of the whole case for the views that list them (the overleg's agenda,
 * "Nieuw sinds uw vorige bezoek"): read with shared/model's
 * `openVoorstellen`, again at most twice a second while people type, and named the way the
 * workspace names each text.
 */
import { useEffect, useState } from 'react';
import type { Translate } from '../../../shared/i18n/i18n.js';
import {
  openVoorstellen,
  plainTextOf,
  VOORSTEL_ONDERDEEL,
  zonderOpenVoorstellen,
  type CaseModel,
  type PlekMetVoorstellen,
  type VoorstelPlek,
} from '../../../shared/model/index.js';
import { useOpenCase } from '../../store/index.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';

/** Longest item text in a name. */
const KORT = 50;
const kort = (tekst: string): string => {
  const enkel = tekst.replace(/\s+/g, ' ').trim();
  return enkel.length <= KORT ? enkel : `${enkel.slice(0, KORT - 1).trimEnd()}…`;
};

/** The name of a text that takes proposals, as its part shows it. */
export function plekNaam(model: CaseModel, t: Translate, plek: VoorstelPlek): string {
  switch (plek.soort) {
    case 'sectie':
      return model.secties.get(plek.id)?.titel ?? t('voorstellen.plek.onbekend');
    case 'factoren': {
      const f = model.factoren.get(plek.id);
      return f === undefined ? t('voorstellen.plek.onbekend') : t('voorstellen.plek.factor', { titel: f.titel });
    }
    case 'hypothesen': {
      const h = model.hypothesen.get(plek.id);
      return h === undefined ? t('voorstellen.plek.onbekend') : t('voorstellen.plek.hypothese', { titel: h.titel });
    }
    case 'plannen': {
      const p = model.plannen.get(plek.id);
      return p === undefined ? t('voorstellen.plek.onbekend') : t('voorstellen.plek.plan', { titel: p.titel });
    }
    case 'veiligheidsdoelen': {
      const d = model.veiligheidsdoelen.get(plek.id);
      return d === undefined ? t('voorstellen.plek.onbekend') : t('voorstellen.plek.doel', { tekst: kort(plainTextOf(zonderOpenVoorstellen(d.doel))) });
    }
    case 'afspraken': {
      const a = model.afspraken.get(plek.id);
      return a === undefined ? t('voorstellen.plek.onbekend') : t('voorstellen.plek.afspraak', { tekst: kort(plainTextOf(zonderOpenVoorstellen(a.wat))) });
    }
  }
}

/** The `data-voorstel-plek` value of a field (RichTextEditor sets it), to find it on screen. */
export function plekSleutel(plek: VoorstelPlek): string {
  return `${plek.soort}:${plek.id}`;
}

/** Opens the part that shows `plek` and brings its field into view, with focus in its text. */
export function gaNaarPlek(plek: VoorstelPlek): void {
  useOpenCase.getState().setPart(VOORSTEL_ONDERDEEL[plek.soort]);
  let pogingen = 0;
  const zoek = (): void => {
    const veld = document.querySelector<HTMLElement>(`[data-voorstel-plek="${CSS.escape(plekSleutel(plek))}"]`);
    if (veld === null) {
      // The part renders on the next frames; an item in a sub-view that is not open is not found.
      if (++pogingen < 20) requestAnimationFrame(zoek);
      return;
    }
    veld.scrollIntoView({ block: 'center' });
    veld.querySelector<HTMLElement>('[role="textbox"]')?.focus({ preventScroll: true });
  };
  requestAnimationFrame(zoek);
}

/** How long to wait after a change before reading all texts again. */
const WACHT_MS = 500;

/**
 * What these views show of the open proposals: where, whose, how many, not their words. Typing
 * inside a proposal changes none of it, so the views do not redraw on every page while someone types.
 */
const sleutelVan = (lijst: readonly PlekMetVoorstellen[]): string => JSON.stringify(lijst.map((p) => [p.plek, p.voorstellen.map((v) => v.id)]));

/** The fields with open proposals, live (re-read shortly after changes, not per keystroke). */
export function useOpenVoorstellen(): readonly PlekMetVoorstellen[] {
  const { model } = useWorkspace();
  const [lijst, setLijst] = useState<readonly PlekMetVoorstellen[]>(() => openVoorstellen(model));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sleutel = sleutelVan(openVoorstellen(model));
    const lees = (): void => {
      timer = undefined;
      const nu = openVoorstellen(model);
      const nieuw = sleutelVan(nu);
      if (nieuw !== sleutel) {
        sleutel = nieuw;
        setLijst(nu);
      }
    };
    const opUpdate = (): void => {
      timer ??= setTimeout(lees, WACHT_MS);
    };
    model.doc.on('update', opUpdate);
    return () => {
      model.doc.off('update', opUpdate);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [model]);
  return lijst;
}
