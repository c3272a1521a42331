import { describe, expect, it } from 'vitest';
import { LANGUAGES, catalogue, createTranslator, interpolate, isLanguage, translate } from './i18n.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogue', () => {
  it('speaks Dutch by default and English on request', () => {
    expect(translate('nl', 'start.newCase')).toBe('Nieuwe casus');
    expect(translate('en', 'start.newCase')).toBe('New case');
  });

  it('fills placeholders in either language', () => {
    expect(translate('nl', 'app.footer.web', { version: '0.1.0' })).toBe('Tafel 0.1.0 · browserversie');
    expect(createTranslator('en')('vault.error.tooShort', { min: 12 })).toBe('This passphrase is too short: use at least 12 characters.');
  });

  it('leaves a placeholder without a value visible instead of printing "undefined"', () => {
    expect(interpolate('Hallo {naam}, {rol}', { naam: 'Sam' })).toBe('Hallo Sam, {rol}');
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });

  it('gives every English message the same placeholders as its Dutch original, and no empty text', () => {
    const dutch = catalogue('nl');
    for (const language of LANGUAGES) {
      const messages = catalogue(language);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${language}:${key}`).not.toBe('');
        expect(placeholders(text), `${language}:${key}`).toEqual(placeholders(dutch[key as keyof typeof dutch]));
      }
    }
  });

  it('knows exactly the supported languages', () => {
    expect(isLanguage('nl')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
