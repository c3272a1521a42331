/**
 * Marking an afspraak or actiepunt as a form of contact the gezinsprofiel may rule out (a joint
 * conversation of both partners, relatietherapie, mediation, a handover by family), so the plan
 * check need not guess from the words (shared/profielen/planToets.ts).
 */
import { CONTACTVORMEN, type Contactvorm } from '../../../shared/model/index.js';
import { CheckboxGroup } from '../../editors/fields/index.js';
import { useT } from '../../i18n/useT.js';

interface Props {
  readonly value: readonly Contactvorm[] | undefined;
  readonly readOnly?: boolean;
  onChange(vormen: Contactvorm[] | undefined): void;
}

export function ContactvormenVeld({ value, readOnly = false, onChange }: Props) {
  const t = useT();
  return (
    <CheckboxGroup<Contactvorm>
      legend={t('gezinsprofiel.contactvorm.legend')}
      options={CONTACTVORMEN.map((v) => ({ value: v, label: t(`gezinsprofiel.contactvorm.${v}`) }))}
      selected={value ?? []}
      emptyText=""
      readOnly={readOnly}
      onChange={(vormen) => onChange(vormen.length === 0 ? undefined : [...vormen])}
    />
  );
}
