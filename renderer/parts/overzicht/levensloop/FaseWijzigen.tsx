/**
 * The chair moves the case to another phase: forward, or a step back (a hermelding during nazorg),
 * with the date, the reason and the meeting where it was agreed. Afschalen first shows what is still
 * open and asks why the chair goes on anyway. Closing is its own form (Afsluiten.tsx).
 */
import { useState } from 'react';
import { LEVENSFASEN, isTerugstap, openPuntZin, type Levensfase } from '../../../../shared/model/index.js';
import { AddForm, DraftField, SelectField, useWrite } from '../../../editors/fields/index.js';
import { dagInWoorden, vandaag } from '../../../i18n/dagen.js';
import { useLocale, useT } from '../../../i18n/useT.js';
import { useWorkspace } from '../../../workspace/workspaceContext.js';
import { OpenPunten } from './OpenPunten.js';
import { useLevensloop, useOverlegOpties } from './useLevensloop.js';
import { useOpenPunten } from './useOpenPunten.js';

export function FaseWijzigen() {
  const t = useT();
  const locale = useLocale();
  const { model } = useWorkspace();
  const stand = useLevensloop();
  const overlegOpties = useOverlegOpties();
  const { write, error } = useWrite();
  const [naar, setNaar] = useState<Levensfase | ''>('');
  const [datum, setDatum] = useState(vandaag());
  const [reden, setReden] = useState('');
  const [overlegId, setOverlegId] = useState('');
  const [doorgaan, setDoorgaan] = useState('');
  const [klaar, setKlaar] = useState(false);
  const open = useOpenPunten('afschalen');
  const toonOpen = naar === 'afschalen';
  const opties = LEVENSFASEN.filter((f) => f !== stand.fase && (f === 'afgesloten' ? stand.fase === 'nazorg' : f !== 'nazorg')).map((f) => ({
    value: f,
    label:
      f === 'afgesloten'
        ? t('levensloop.wijzig.nazorgAfronden')
        : isTerugstap(stand.fase, f)
          ? t('levensloop.wijzig.terug', { fase: t(`levensloop.fase.${f}`) })
          : t(`levensloop.fase.${f}`),
  }));
  const submit = (): string | null => {
    setKlaar(false);
    if (naar === '') return t('levensloop.wijzig.kiesFase');
    if (reden.trim() === '') return t('levensloop.wijzig.vulReden');
    if (stand.sinds !== undefined && datum < stand.sinds) return t('levensloop.wijzig.teVroeg', { datum: dagInWoorden(locale, stand.sinds) });
    const punten = toonOpen ? open : [];
    if (punten.length > 0 && doorgaan.trim() === '') return t('levensloop.wijzig.vulDoorgaan');
    const ok = write(() =>
      model.levensloop.naarFase({
        naar,
        datum,
        reden,
        ...(overlegId === '' ? {} : { overlegId }),
        ...(punten.length > 0 ? { openBijOvergang: punten.map(openPuntZin), doorgaanReden: doorgaan } : {}),
      }),
    );
    if (!ok) return null;
    setNaar('');
    setReden('');
    setDoorgaan('');
    setOverlegId('');
    setKlaar(true);
    return null;
  };
  return (
    <div className="tafel-levensloop__wijzig">
      <AddForm heading={t('levensloop.wijzig.heading')} submitLabel={t('levensloop.wijzig.submit')} onSubmit={submit} error={error}>
        <SelectField<Levensfase> label={t('levensloop.wijzig.naar')} value={naar} options={opties} emptyLabel={t('fields.choose')} onChange={setNaar} />
        <DraftField label={t('levensloop.wijzig.datum')} type="date" value={datum} onChange={setDatum} />
        <DraftField label={t('levensloop.wijzig.reden')} description={t('levensloop.wijzig.redenUitleg')} value={reden} onChange={setReden} multiline />
        <SelectField
          label={t('levensloop.wijzig.overleg')}
          value={overlegId}
          options={overlegOpties}
          emptyLabel={t('levensloop.wijzig.geenOverleg')}
          onChange={setOverlegId}
        />
        {toonOpen && <OpenPunten punten={open} reden={doorgaan} onReden={setDoorgaan} />}
      </AddForm>
      <p className="utrecht-paragraph tafel-item__kenmerken">{t('levensloop.wijzig.afsluitenApart')}</p>
      <p role="status" className="utrecht-paragraph">
        {klaar ? t('levensloop.wijzig.klaar') : ''}
      </p>
    </div>
  );
}
