/**
 * The closing documents of one agreed version: for every organisation at the table its final
 * extract, and, once the case is handed over, the handover for the organisation that carries on.
 * Each is made on the device of whoever needs it (the chair, or a member of that organisation) and
 * logged like every export; each organisation confirms its own receipt on its own member's device.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { afrondingVan, ExportError, type AgreedVersion } from '../../../../shared/export/index.js';
import { organisatiesMetDeelnemers, type Ontvangstbevestiging } from '../../../../shared/model/index.js';
import { SelectField, useCollection, useWrite, WriteError } from '../../../editors/fields/index.js';
import { recordExport } from '../../../export/deviceExportLog.js';
import { loadExportLibraries, type UiFormaat } from '../../../export/exportDocument.js';
import { runExport } from '../../../export/runExport.js';
import { useHost } from '../../../host/hostContext.js';
import { momentInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useOpenSession } from '../../../store/index.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { exportFout } from '../../overleggen/exportFout.js';

const FORMATEN: readonly UiFormaat[] = ['docx', 'pdf', 'markdown'];

interface Props {
  readonly versie: AgreedVersion;
  /** The organisation the case was handed over to (at the table), once it is closed. */
  readonly overdrachtAan?: string;
}

type Stuk = 'einduittreksel' | 'overdracht';

export function AfsluitStukken({ versie, overdrachtAan }: Props) {
  const t = useT();
  const locale = useLocale();
  const host = useHost();
  const { model, viewer, room, canManage, canEdit } = useWorkspace();
  const session = useOpenSession((s) => s.session);
  const organisaties = useCollection('organisaties');
  const deelnemers = useCollection('deelnemers');
  const bevestigingen = useCollection('ontvangstbevestigingen');
  const { write, error } = useWrite();
  const [formaat, setFormaat] = useState<UiFormaat>('docx');
  const [stand, setStand] = useState<{ readonly bezig: boolean; readonly tekst: string; readonly fout: boolean }>({ bezig: false, tekst: '', fout: false });
  const headingId = useId();
  // Fetched now, while there may still be a network: a Word document later works offline too.
  useEffect(() => void loadExportLibraries().catch(() => undefined), []);
  const aanTafel = useMemo(() => organisatiesMetDeelnemers(model), [model, organisaties, deelnemers]); // eslint-disable-line react-hooks/exhaustive-deps
  const naamVan = (id: string): string => deelnemers.find((d) => d.id === id)?.naam ?? t('overzicht.onbekend');
  const ontvangst = (orgId: string, stuk: Stuk): Ontvangstbevestiging | undefined =>
    bevestigingen.find((b) => b.versieId === versie.id && b.organisatieId === orgId && b.stuk === stuk);
  const inVersie = (orgId: string): boolean => versie.inhoud.namen.organisaties.some((o) => o.id === orgId);

  const maak = async (stuk: Stuk, orgId: string, naam: string): Promise<void> => {
    setStand({ bezig: true, tekst: t('afsluiten.stukken.bezig'), fout: false });
    const document = t(stuk === 'einduittreksel' ? 'afsluiten.stukken.maak' : 'afsluiten.stukken.overdracht', { organisatie: naam });
    try {
      const afronding = afrondingVan(model, orgId, vandaag());
      const uitkomst = await runExport(host, versie, { soort: stuk, formaat, ontvangerOrgId: orgId, ontvangerNaam: naam, afronding }, viewer);
      if (uitkomst.ok) {
        for (const regel of uitkomst.regels) recordExport(room, regel, session);
        setStand({ bezig: false, tekst: t('afsluiten.stukken.klaar', { document, bestand: uitkomst.fileName }), fout: false });
      } else {
        setStand(
          uitkomst.reden === 'geannuleerd'
            ? { bezig: false, tekst: '', fout: false }
            : { bezig: false, tekst: uitkomst.hostFout?.message ?? t('afsluiten.stukken.mislukt'), fout: true },
        );
      }
    } catch (caught) {
      setStand({ bezig: false, tekst: caught instanceof ExportError ? exportFout(t, caught) : t('afsluiten.stukken.mislukt'), fout: true });
    }
  };

  const ontvangstCel = (orgId: string, naam: string, stuk: Stuk) => {
    const b = ontvangst(orgId, stuk);
    if (b !== undefined) return t('afsluiten.stukken.ontvangen', { moment: momentInWoorden(locale, b.bevestigdOp), naam: naamVan(b.aangemaaktDoor) });
    if (viewer.orgId === orgId && canEdit) {
      return (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => write(() => model.levensloop.bevestigOntvangst({ versieId: versie.id, stuk, vingerafdruk: versie.vingerafdruk }))}
        >
          {t('afsluiten.stukken.bevestig', { organisatie: naam })}
        </button>
      );
    }
    return (
      <>
        {t('afsluiten.stukken.nietOntvangen')} <span className="tafel-item__kenmerken">({t('afsluiten.stukken.alleenEigen', { organisatie: naam })})</span>
      </>
    );
  };

  const rij = (orgId: string, naam: string, stuk: Stuk) => (
    <tr key={`${stuk}-${orgId}`} className="utrecht-table__row">
      <td className="utrecht-table__cell">{naam}</td>
      <td className="utrecht-table__cell">
        {(canManage || viewer.orgId === orgId) && inVersie(orgId) ? (
          <button type="button" className="utrecht-button utrecht-button--subtle" disabled={stand.bezig} onClick={() => void maak(stuk, orgId, naam)}>
            {t(stuk === 'einduittreksel' ? 'afsluiten.stukken.maak' : 'afsluiten.stukken.overdracht', { organisatie: naam })}
          </button>
        ) : (
          '—'
        )}
      </td>
      <td className="utrecht-table__cell">{ontvangstCel(orgId, naam, stuk)}</td>
    </tr>
  );

  const overdrachtNaam = overdrachtAan === undefined ? undefined : organisaties.find((o) => o.id === overdrachtAan)?.naam;
  return (
    <div className="tafel-afsluiten__stukken" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="utrecht-heading-4">
        {t('afsluiten.stukken.heading')}
      </h4>
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('afsluiten.stukken.uitleg')}</p>
      <SelectField<UiFormaat>
        label={t('afsluiten.stukken.formaat')}
        value={formaat}
        options={FORMATEN.map((f) => ({ value: f, label: t(`overleggen.export.formaat.${f}`) }))}
        onChange={(v) => v !== '' && setFormaat(v)}
      />
      <TableScroll
        caption={t('afsluiten.stukken.heading')}
        columns={(['organisatie', 'uittreksel', 'ontvangst'] as const).map((c) => ({ key: c, label: t(`afsluiten.stukken.${c}`) }))}
      >
        <tbody className="utrecht-table__body">
          {aanTafel.map((o) => rij(o.id, o.naam, 'einduittreksel'))}
          {overdrachtAan !== undefined && overdrachtNaam !== undefined && rij(overdrachtAan, overdrachtNaam, 'overdracht')}
        </tbody>
      </TableScroll>
      <div role="status" className="tafel-export__stand">
        {stand.bezig && <progress className="tafel-export__voortgang" aria-label={stand.tekst} />} {!stand.fout && stand.tekst}
      </div>
      {stand.fout && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{stand.tekst}</p>
        </div>
      )}
      <WriteError error={error} />
    </div>
  );
}
