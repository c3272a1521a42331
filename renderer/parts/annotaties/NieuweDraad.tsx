/**
 * Starting a thread: on the text selected in a field of this part (the anchor, with its quote),
 * or on an item picked from the list. Kind and audience are chosen here; a restricted thread is
 * sealed for its audience before it enters the case.
 */
import { useId, useState } from 'react';
import { AnnotatieError, type AnnotatieSoort, type Zichtbaarheid } from '../../../shared/annotaties/index.js';
import { DraftField, SelectField } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';
import type { PartId } from '../../workspace/partIds.js';
import { useWorkspace } from '../../workspace/workspaceContext.js';
import type { AnnotatieSnapshot, AnnotatieStore } from './annotatieStore.js';
import { doelenVan, hoortBijPart, useDoelNamer } from './doelen.js';

const SOORTEN: readonly AnnotatieSoort[] = ['vraag', 'aanvulling', 'correctie', 'bezwaar', 'bron'];
const ZICHTBAARHEDEN: readonly Zichtbaarheid[] = ['alle_deelnemers', 'eigen_organisatie', 'voorzitter'];

export interface NieuweDraadProps {
  readonly part: PartId;
  readonly store: AnnotatieStore;
  readonly snapshot: AnnotatieSnapshot;
}

export function NieuweDraad({ part, store, snapshot }: NieuweDraadProps) {
  const t = useT();
  const naamVanDoel = useDoelNamer();
  const { model } = useWorkspace();
  const headingId = useId();
  const [soort, setSoort] = useState<AnnotatieSoort>('vraag');
  const [zichtbaarheid, setZichtbaarheid] = useState<Zichtbaarheid>('alle_deelnemers');
  const [tekst, setTekst] = useState('');
  const [gekozen, setGekozen] = useState('');
  const [melding, setMelding] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const selectie = snapshot.selectie !== null && hoortBijPart(model, part, snapshot.selectie.doel.doelId) ? snapshot.selectie : null;
  const doelen = doelenVan(model, part, naamVanDoel);
  const doelId = selectie?.doel.doelId ?? gekozen;

  const plaats = async (): Promise<void> => {
    if (tekst.trim() === '') return setMelding(t('annotaties.nieuw.leeg'));
    if (doelId === '') return setMelding(t('annotaties.nieuw.geenSelectie'));
    if (!store.kanAfschermen(zichtbaarheid)) return setMelding(t('annotaties.nieuw.geenSleutelVoorzitter'));
    setBezig(true);
    try {
      const doelVeld = selectie?.doel.doelVeld;
      await store.plaatsDraad({
        doelId,
        soort,
        zichtbaarheid,
        tekst: tekst.trim(),
        ...(doelVeld === undefined ? {} : { doelVeld }),
        ...(selectie === null ? {} : { anker: selectie.anker }),
      });
      setTekst('');
      setMelding(null);
    } catch (error) {
      setMelding(
        error instanceof AnnotatieError && error.code === 'geen_publiekssleutel' ? t('annotaties.nieuw.geenSleutelVoorzitter') : t('annotaties.nieuw.mislukt'),
      );
    } finally {
      setBezig(false);
    }
  };

  return (
    <form
      className="tafel-annotaties__nieuw"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void plaats();
      }}
    >
      <h4 id={headingId} className="utrecht-heading-4">
        {t('annotaties.nieuw.heading')}
      </h4>
      {selectie !== null ? (
        <p className="utrecht-paragraph tafel-annotaties__selectie">{t('annotaties.nieuw.bij', { citaat: selectie.anker.citaat ?? '' })}</p>
      ) : (
        <>
          <p className="utrecht-paragraph tafel-annotaties__hint">{t('annotaties.nieuw.geenSelectie')}</p>
          <SelectField
            label={t('annotaties.nieuw.doel')}
            value={gekozen}
            options={doelen.map((d) => ({ value: d.id, label: d.naam }))}
            emptyLabel="—"
            onChange={(v) => setGekozen(v)}
          />
        </>
      )}
      <SelectField
        label={t('annotaties.nieuw.soort')}
        value={soort}
        options={SOORTEN.map((s) => ({ value: s, label: t(`annotaties.soort.${s}`) }))}
        onChange={(v) => v !== '' && setSoort(v)}
      />
      <SelectField
        label={t('annotaties.nieuw.zichtbaarheid')}
        value={zichtbaarheid}
        options={ZICHTBAARHEDEN.map((z) => ({ value: z, label: t(`annotaties.zichtbaarheid.${z}`) }))}
        onChange={(v) => v !== '' && setZichtbaarheid(v)}
      />
      <DraftField label={t('annotaties.nieuw.tekst')} value={tekst} onChange={setTekst} multiline rows={3} />
      {melding !== null && (
        <p className="utrecht-paragraph tafel-annotaties__melding" role="status">
          {melding}
        </p>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig || !snapshot.gereed}>
        {t('annotaties.nieuw.plaats')}
      </button>
    </form>
  );
}
