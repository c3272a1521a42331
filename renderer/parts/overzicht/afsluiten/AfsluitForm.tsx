/**
 * The chair closes the case: the date, the reason and its explanation, who carries on (an
 * organisation at the table, or one named), the last agreed version, nazorg moments (3 and 12
 * months, as agreed), the meeting; what is still open is shown first and needs a reason to go on.
 */
import { useState } from 'react';
import { AFSLUITREDENEN, openPuntZin, plusMaanden, type Afsluitreden } from '../../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, useCollection, useWrite, type SelectOption } from '../../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { OpenPunten } from '../levensloop/OpenPunten.js';
import { useLevensloop, useOverlegOpties } from '../levensloop/useLevensloop.js';
import { useOpenPunten } from '../levensloop/useOpenPunten.js';

const ANDERS = 'anders';
const NIEMAND = '';

interface Props {
  /** The version chosen above (its extracts and receipts are listed there). */
  readonly versieId: string | undefined;
}

export function AfsluitForm({ versieId }: Props) {
  const t = useT();
  const locale = useLocale();
  const { model } = useWorkspace();
  const stand = useLevensloop();
  const organisaties = useCollection('organisaties');
  const overlegOpties = useOverlegOpties();
  const { write, error } = useWrite();
  const [datum, setDatum] = useState(vandaag());
  const [reden, setReden] = useState<Afsluitreden>('doelen_bereikt');
  const [toelichting, setToelichting] = useState('');
  const [aan, setAan] = useState(NIEMAND);
  const [aanNaam, setAanNaam] = useState('');
  const [nazorg3, setNazorg3] = useState(true);
  const [nazorg12, setNazorg12] = useState(true);
  const [overlegId, setOverlegId] = useState('');
  const [doorgaan, setDoorgaan] = useState('');
  const [klaar, setKlaar] = useState(false);
  const open = useOpenPunten('afsluiten', versieId);
  const aanOpties: SelectOption<string>[] = [
    ...organisaties.map((o) => ({ value: o.id, label: o.naam })),
    { value: ANDERS, label: t('afsluiten.nietAanTafel') },
  ];
  const over3 = plusMaanden(datum, 3);
  const over12 = plusMaanden(datum, 12);
  const submit = (): string | null => {
    setKlaar(false);
    if (toelichting.trim() === '') return t('afsluiten.vulToelichting');
    if (reden === 'overgedragen' && (aan === NIEMAND || (aan === ANDERS && aanNaam.trim() === ''))) return t('afsluiten.vulOvergedragen');
    if (stand.sinds !== undefined && datum < stand.sinds) return t('levensloop.wijzig.teVroeg', { datum: dagInWoorden(locale, stand.sinds) });
    if (open.length > 0 && doorgaan.trim() === '') return t('levensloop.wijzig.vulDoorgaan');
    const ok = write(() =>
      model.levensloop.afsluiten({
        datum,
        reden,
        toelichting,
        ...(aan !== NIEMAND && aan !== ANDERS ? { overgedragenAanOrgId: aan } : {}),
        ...(aan === ANDERS ? { overgedragenAan: aanNaam } : {}),
        ...(versieId === undefined ? {} : { versieId }),
        ...(overlegId === '' ? {} : { overlegId }),
        nazorgMomenten: [...(nazorg3 ? [over3] : []), ...(nazorg12 ? [over12] : [])],
        ...(open.length > 0 ? { openBijOvergang: open.map(openPuntZin), doorgaanReden: doorgaan } : {}),
      }),
    );
    if (ok) setKlaar(true);
    return null;
  };
  return (
    <>
      <AddForm heading={t('afsluiten.heading')} submitLabel={t('afsluiten.submit')} onSubmit={submit} error={error}>
        <DraftField label={t('afsluiten.datum')} type="date" value={datum} onChange={setDatum} />
        <SelectField<Afsluitreden>
          label={t('afsluiten.reden')}
          value={reden}
          options={AFSLUITREDENEN.map((r) => ({ value: r, label: t(`afsluiten.reden.${r}`) }))}
          onChange={(v) => v !== '' && setReden(v)}
        />
        <DraftField label={t('afsluiten.toelichting')} value={toelichting} onChange={setToelichting} multiline />
        <SelectField label={t('afsluiten.overgedragenAan')} value={aan} options={aanOpties} emptyLabel={t('afsluiten.geenOverdracht')} onChange={setAan} />
        {aan === ANDERS && <DraftField label={t('afsluiten.overgedragenNaam')} value={aanNaam} onChange={setAanNaam} />}
        <fieldset className="utrecht-form-fieldset tafel-field tafel-checkbox-group">
          <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t('afsluiten.nazorg')}</legend>
          <p className="utrecht-paragraph tafel-item__kenmerken">{t('afsluiten.nazorgUitleg')}</p>
          {(
            [
              ['3', nazorg3, setNazorg3, t('afsluiten.nazorg3', { datum: dagInWoorden(locale, over3) })],
              ['12', nazorg12, setNazorg12, t('afsluiten.nazorg12', { datum: dagInWoorden(locale, over12) })],
            ] as const
          ).map(([key, checked, set, label]) => (
            <div key={key} className="utrecht-form-field utrecht-form-field--checkbox">
              <div className="utrecht-form-field__input">
                <input id={`nazorg-${key}`} type="checkbox" className="utrecht-checkbox" checked={checked} onChange={(e) => set(e.target.checked)} />
              </div>
              <div className="utrecht-form-field__label">
                <label htmlFor={`nazorg-${key}`} className="utrecht-form-label utrecht-form-label--checkbox">
                  {label}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
        <SelectField
          label={t('levensloop.wijzig.overleg')}
          value={overlegId}
          options={overlegOpties}
          emptyLabel={t('levensloop.wijzig.geenOverleg')}
          onChange={setOverlegId}
        />
        <OpenPunten punten={open} reden={doorgaan} onReden={setDoorgaan} />
      </AddForm>
      <p role="status" className="utrecht-paragraph">
        {klaar ? t('afsluiten.klaar') : ''}
      </p>
    </>
  );
}
