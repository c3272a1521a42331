/**
 * Open proposals and what the table agrees: an agreed version holds accepted text only, so its
 * fingerprint is the one of the text without them; the "werkversie met voorstellen" shows them
 * as Word revisions with author and date.
 */
import { strFromU8, unzipSync } from 'fflate';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { AGREED_AT, agreedDemo, demoModel } from '../../tests/golden/agreedFixture.js';
import { beslisVoorstellen, localOrigin, nieuwVoorstelId, readRichDoc } from '../model/index.js';
import { DEMO_VOORSTEL_ID } from '../model/demoMeta.js';
import { werkversieMetVoorstellen, writeWerkversieDocx, type buildAgreedContent } from './index.js';

const VOORGESTELD = 'Zij heeft zelf aangeboden de kinderen na school op te vangen.';
const krachten = (inhoud: ReturnType<typeof buildAgreedContent>): string => inhoud.analyse.secties.find((s) => s.id === 'krachten')!.tekst;

describe('agreeing with open proposals', () => {
  it('freezes the text without them: the fingerprint is that of the text as if they were never made', async () => {
    const model = demoModel();
    expect(JSON.stringify(readRichDoc(model.analyse.sectieFragment('krachten')))).toContain(VOORGESTELD);
    const metOpen = await agreedDemo(model);
    expect(krachten(metOpen.inhoud)).toBe(
      'Oma Els is een veilige plek voor de kinderen. Moeder heeft hulp gezocht. Noor doet het goed op school; de juf is een vertrouwd gezicht.',
    );
    expect(metOpen.canonical).not.toContain('aangeboden');

    // The chair rejects it: the text is what was agreed, so agreeing again gives the same fingerprint.
    const afgewezen = demoModel();
    beslisVoorstellen(afgewezen, afgewezen.analyse.sectieFragment('krachten'), { voorstelId: DEMO_VOORSTEL_ID }, 'afgewezen');
    expect((await agreedDemo(afgewezen)).vingerafdruk).toBe(metOpen.vingerafdruk);

    // Accepted, it is part of what is agreed, and the fingerprint changes.
    const aanvaard = demoModel();
    beslisVoorstellen(aanvaard, aanvaard.analyse.sectieFragment('krachten'), { voorstelId: DEMO_VOORSTEL_ID }, 'aanvaard');
    const metAanvaard = await agreedDemo(aanvaard);
    expect(krachten(metAanvaard.inhoud)).toContain(VOORGESTELD);
    expect(metAanvaard.vingerafdruk).not.toBe(metOpen.vingerafdruk);
  });
});

describe('werkversie met voorstellen (Word)', () => {
  it('shows each open proposal as a Word revision with its author and date', async () => {
    const model = demoModel();
    // Lotte proposes to remove a word in "Zorgen" as well.
    const weg = nieuwVoorstelId('dn-lotte', Date.parse('2025-03-12T10:15:00.000Z'), 'weg1');
    const text = (model.analyse.sectieFragment('zorgen').get(0) as unknown as { get(i: number): { format(i: number, l: number, a: object): void } }).get(0);
    model.doc.transact(() => text.format(0, 9, { deletion: { id: weg } }), localOrigin('dn-lotte'));

    const werkversie = werkversieMetVoorstellen(model, { op: AGREED_AT, ontvangerOrgId: 'org-vt' });
    expect(werkversie.aantalVoorstellen).toBe(2);
    const bytes = await writeWerkversieDocx(werkversie, docx);
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Fatima \(fictief\) \(GGZ Voorbeeld\)" w:date="2025-03-11T08:30:00.000Z">/);
    expect(xml).toContain(VOORGESTELD);
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Lotte \(fictief\) \(Wijkteam Centrum\)" w:date="2025-03-12T10:15:00.000Z"><w:r>(<w:rPr\/>)?<w:delText[^>]*>Herhaald /,
    );
    expect(xml).toContain('Werkversie met voorstellen (niet vastgesteld)');
    expect(xml).not.toContain('\u200B');
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:trackRevisions/>');
    expect(
      Object.entries(files).some(
        ([name, data]) => name.startsWith('word/header') && strFromU8(data).includes('Vertrouwelijk. Alleen voor Veilig Thuis Voorbeeldregio.'),
      ),
    ).toBe(true);
  });
});
