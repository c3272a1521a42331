/** "Nieuwe casus" (placeholder until the case workflow arrives). */
import { useT } from '../i18n/useT.js';
import { Panel, PlaceholderNote } from './Panel.js';

export function NewCasePanel({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  return (
    <Panel id="panel-new-case" title={t('newCase.heading')} returnFocusTo="action-new-case" onClose={onClose}>
      <PlaceholderNote what={t('newCase.placeholder')} />
    </Panel>
  );
}
