/**
 * Afsluiten on the Overzicht. Before the close: the last agreed version, its final extracts with
 * each organisation's receipt, and the chair's closing form. After it: how and why the case was
 * closed (and any closing made at the same time elsewhere), the nazorg moments, and the documents
 * of the version it closed with, including the handover for whoever carries on.
 */
import { useId, useState } from 'react';
import { AFSLUITFASEN, type Afsluiting } from '../../../../shared/model/index.js';
import { SelectField, useCollection } from '../../../editors/fields/index.js';
import { dagInWoorden, momentInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { useLevensloop } from '../levensloop/useLevensloop.js';
import { AfsluitForm } from './AfsluitForm.js';
import { AfsluitStukken } from './AfsluitStukken.js';
import { useAfsluitVersies, useOpenedVersie } from './useVersies.js';

export function Afsluiten() {
  const t = useT();
  const stand = useLevensloop();
  const headingId = useId();
  const gesloten = AFSLUITFASEN.includes(stand.fase) && stand.afsluiting !== undefined;
  return (
    <section className="tafel-gezin__blok tafel-afsluiten" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {t('afsluiten.heading')}
      </h3>
      {gesloten ? <Afgesloten afsluiting={stand.afsluiting!} andere={stand.andereAfsluitingen} /> : <Voorbereiden />}
    </section>
  );
}

function Voorbereiden() {
  const t = useT();
  const locale = useLocale();
  const { canManage } = useWorkspace();
  const versies = useAfsluitVersies();
  const [gekozen, setGekozen] = useState<string | undefined>(undefined);
  const versieId = gekozen ?? versies[0]?.id;
  const versie = useOpenedVersie(versieId);
  return (
    <>
      <p className="utrecht-paragraph tafel-gezin__uitleg">{t('afsluiten.uitleg')}</p>
      {versies.length === 0 ? (
        <p className="utrecht-paragraph">{t('afsluiten.stukken.geenVersie')}</p>
      ) : (
        <SelectField
          label={t('afsluiten.versie')}
          value={versieId ?? ''}
          options={versies.map((v) => ({ value: v.id, label: t('afsluiten.versieOptie', { datum: momentInWoorden(locale, v.vastgesteldOp) }) }))}
          onChange={(v) => v !== '' && setGekozen(v)}
        />
      )}
      {versie !== null && <AfsluitStukken versie={versie} />}
      {canManage && <AfsluitForm versieId={versieId} />}
    </>
  );
}

function Afgesloten({ afsluiting: a, andere }: { readonly afsluiting: Afsluiting; readonly andere: readonly Afsluiting[] }) {
  const t = useT();
  const locale = useLocale();
  const organisaties = useCollection('organisaties');
  const deelnemers = useCollection('deelnemers');
  const versie = useOpenedVersie(a.versieId);
  const orgNaam = a.overgedragenAanOrgId === undefined ? undefined : organisaties.find((o) => o.id === a.overgedragenAanOrgId)?.naam;
  const aan = orgNaam ?? a.overgedragenAan;
  const volgende = a.nazorgMomenten.find((m) => m >= vandaag());
  return (
    <>
      <p className="utrecht-paragraph" data-testid="afsluiting">
        <strong>{t('afsluiten.afgesloten', { datum: dagInWoorden(locale, a.datum), reden: t(`afsluiten.reden.${a.reden}`) })}</strong> {a.toelichting}
      </p>
      {aan !== undefined && <p className="utrecht-paragraph">{t('afsluiten.overgedragen', { organisatie: aan })}</p>}
      {a.nazorgMomenten.length > 0 && (
        <p className="utrecht-paragraph">
          {t('afsluiten.nazorgMomenten', { momenten: a.nazorgMomenten.map((m) => dagInWoorden(locale, m)).join(', ') })}{' '}
          {volgende !== undefined && t('afsluiten.volgendeNazorg', { datum: dagInWoorden(locale, volgende) })}
        </p>
      )}
      {andere.map((o) => (
        <div key={o.id} className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">
            {t('afsluiten.ander', {
              naam: deelnemers.find((d) => d.id === o.aangemaaktDoor)?.naam ?? t('overzicht.onbekend'),
              reden: t(`afsluiten.reden.${o.reden}`),
            })}
          </p>
        </div>
      ))}
      {versie !== null && <AfsluitStukken versie={versie} {...(a.overgedragenAanOrgId === undefined ? {} : { overdrachtAan: a.overgedragenAanOrgId })} />}
    </>
  );
}
