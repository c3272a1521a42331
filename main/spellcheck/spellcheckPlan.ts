/**
 * Where Chromium's spellchecker gets its dictionaries: never from a third party at run time.
 *
 * macOS and Windows check spelling with the operating system's own spellchecker. Linux has none,
 * so Chromium uses Hunspell dictionaries (`.bdic`), which by default it downloads from Google's
 * CDN the first time a language is used: a request that tells a third party that this machine
 * runs Tafel, in which language, and when. Tafel points the downloader at a folder inside the
 * installed app instead (`resources/dictionaries`, filled from `build/dictionaries` when the
 * installer is built) and switches spelling on for Linux only when that folder holds the
 * dictionary of a language. On Windows the same local address serves Hunspell's fallback for a
 * language the OS does not know; on macOS Electron ignores it.
 */
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The languages Tafel checks, in the order of the interface (Dutch first), with the dictionary's file prefix. */
export const SPELLCHECK_LANGUAGES = [
  { code: 'nl', dictionary: 'nl-nl' },
  { code: 'en-US', dictionary: 'en-us' },
] as const;

export interface SpellcheckPlan {
  /** Whether the spellchecker runs at all. */
  readonly enabled: boolean;
  /** Base address of the dictionaries: a file:// folder inside the app, ending in a slash. */
  readonly dictionaryUrl: string;
  /** Language codes for `setSpellCheckerLanguages` (empty: leave Chromium's choice, e.g. on macOS). */
  readonly languages: readonly string[];
}

export interface SpellcheckInput {
  readonly platform: NodeJS.Platform;
  /** The folder with the app's own dictionaries. */
  readonly dictionaryDir: string;
  /** The file names in that folder. */
  readonly shippedFiles: readonly string[];
}

/**
 * Chromium asks for `<base><name>` with the name in lower case (`nl-nl-3-0.bdic`), so only
 * lower-case names count: a file the downloader would not find must not switch spelling on.
 */
function hasDictionary(files: readonly string[], prefix: string): boolean {
  return files.some((file) => file.startsWith(`${prefix}-`) && file.endsWith('.bdic') && file === file.toLowerCase());
}

export function planSpellcheck(input: SpellcheckInput): SpellcheckPlan {
  const dictionaryUrl = pathToFileURL(input.dictionaryDir.endsWith('/') ? input.dictionaryDir : `${input.dictionaryDir}/`).href;
  // The operating system's spellchecker: Chromium's own language choice (the --lang=nl switch) stands.
  if (input.platform === 'darwin' || input.platform === 'win32') return { enabled: true, dictionaryUrl, languages: [] };
  const shipped = SPELLCHECK_LANGUAGES.filter((language) => hasDictionary(input.shippedFiles, language.dictionary)).map((language) => language.code);
  return { enabled: shipped.length > 0, dictionaryUrl, languages: shipped };
}

/** The file names in the dictionary folder; none when it is missing or unreadable. */
export function readShippedDictionaries(dictionaryDir: string): string[] {
  try {
    return readdirSync(dictionaryDir);
  } catch {
    return [];
  }
}

/** The part of Electron's `Session` the plan is applied to. */
export interface SpellcheckSession {
  readonly availableSpellCheckerLanguages: readonly string[];
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
}

/**
 * Applies the plan; the download address first, before any window can ask for a dictionary.
 * Electron throws on a language it does not know, so only known ones are passed on.
 */
export function applySpellcheckPlan(session: SpellcheckSession, plan: SpellcheckPlan): void {
  session.setSpellCheckerDictionaryDownloadURL(plan.dictionaryUrl);
  session.setSpellCheckerEnabled(plan.enabled);
  const languages = plan.languages.filter((code) => session.availableSpellCheckerLanguages.includes(code));
  if (plan.enabled && languages.length > 0) session.setSpellCheckerLanguages(languages);
}
