import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applySpellcheckPlan, planSpellcheck, readShippedDictionaries, type SpellcheckSession } from './spellcheckPlan.js';

const DIR = '/opt/Tafel/resources/dictionaries';

describe('spellchecker dictionaries', () => {
  it('never points the downloader at a third party: the address is a folder inside the app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const plan = planSpellcheck({ platform, dictionaryDir: DIR, shippedFiles: [] });
      expect(plan.dictionaryUrl).toBe('file:///opt/Tafel/resources/dictionaries/');
    }
  });

  it('on Linux checks spelling only in the languages whose dictionary the app ships', () => {
    expect(planSpellcheck({ platform: 'linux', dictionaryDir: DIR, shippedFiles: [] })).toMatchObject({ enabled: false, languages: [] });
    expect(planSpellcheck({ platform: 'linux', dictionaryDir: DIR, shippedFiles: ['nl-nl-3-0.bdic', 'README.md'] })).toMatchObject({
      enabled: true,
      languages: ['nl'],
    });
    expect(planSpellcheck({ platform: 'linux', dictionaryDir: DIR, shippedFiles: ['en-us-10-1.bdic', 'nl-nl-3-0.bdic'] }).languages).toEqual(['nl', 'en-US']);
  });

  it('on Linux ignores a dictionary the downloader would not find (it asks for lower-case names)', () => {
    expect(planSpellcheck({ platform: 'linux', dictionaryDir: DIR, shippedFiles: ['nl-NL-3-0.bdic'] })).toMatchObject({ enabled: false });
    expect(planSpellcheck({ platform: 'linux', dictionaryDir: DIR, shippedFiles: ['nl-nl-3-0.dic', 'nl-nl.aff'] })).toMatchObject({ enabled: false });
  });

  it("uses the operating system's spellchecker on macOS and Windows, with Chromium's language choice", () => {
    expect(planSpellcheck({ platform: 'darwin', dictionaryDir: DIR, shippedFiles: [] })).toMatchObject({ enabled: true, languages: [] });
    expect(planSpellcheck({ platform: 'win32', dictionaryDir: 'C:\\Tafel\\resources\\dictionaries', shippedFiles: [] })).toMatchObject({
      enabled: true,
      languages: [],
    });
  });
});

describe('applying the plan to a session', () => {
  function recordingSession(available: readonly string[]): SpellcheckSession & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      availableSpellCheckerLanguages: available,
      setSpellCheckerDictionaryDownloadURL: (url) => calls.push(`url ${url}`),
      setSpellCheckerEnabled: (enable) => calls.push(`enabled ${enable}`),
      setSpellCheckerLanguages: (languages) => calls.push(`languages ${languages.join(',')}`),
    };
  }

  it('sets the local address before switching the spellchecker on', () => {
    const session = recordingSession(['en-US', 'nl']);
    applySpellcheckPlan(session, { enabled: true, dictionaryUrl: 'file:///d/', languages: ['nl', 'en-US'] });
    expect(session.calls).toEqual(['url file:///d/', 'enabled true', 'languages nl,en-US']);
  });

  it('switches it off when there is nothing local to check with, and passes on only languages Electron knows', () => {
    const off = recordingSession(['nl']);
    applySpellcheckPlan(off, { enabled: false, dictionaryUrl: 'file:///d/', languages: [] });
    expect(off.calls).toEqual(['url file:///d/', 'enabled false']);
    const partly = recordingSession(['nl']);
    applySpellcheckPlan(partly, { enabled: true, dictionaryUrl: 'file:///d/', languages: ['nl', 'en-US'] });
    expect(partly.calls).toEqual(['url file:///d/', 'enabled true', 'languages nl']);
  });
});

describe('reading the shipped dictionaries', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the folder, and a missing folder means no dictionaries', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tafel-dictionaries-'));
    mkdirSync(path.join(dir, 'dictionaries'));
    writeFileSync(path.join(dir, 'dictionaries', 'nl-nl-3-0.bdic'), 'bdic');
    expect(readShippedDictionaries(path.join(dir, 'dictionaries'))).toEqual(['nl-nl-3-0.bdic']);
    expect(readShippedDictionaries(path.join(dir, 'missing'))).toEqual([]);
  });
});
