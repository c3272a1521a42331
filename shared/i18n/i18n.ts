/**
 * The UI's message catalogue: Dutch first (`nl`, the source of the keys), English second.
 * `translate` fills `{name}` placeholders; the parameters a message needs are derived from its
 * Dutch text, so forgetting one is a compile error.
 */
import type { DeviceSettings } from '../host/hostApi.js';
import { nl, type Catalogue, type MessageKey } from './messages.nl.js';
import { en } from './messages.en.js';

export type { Catalogue, MessageKey } from './messages.nl.js';

/** An interface language (the `language` field of DeviceSettings). */
export type Language = DeviceSettings['language'];

/** Every language, Dutch first. */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The language a device starts with. */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Each language's own name, shown as is in every language (so a reader finds their own). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { nl: 'Nederlands', en: 'English' };

/** The placeholder names in a message text, e.g. `'Tafel {version}'` → `'version'`. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters of a message: an object with one entry per placeholder, or nothing. */
export type MessageParams<K extends MessageKey> = [Placeholders<(typeof nl)[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<(typeof nl)[K]>]: string | number }];

/** The translate function a component uses. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

const catalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/** True for a supported language code. */
export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** Replaces each `{name}` with its parameter; a placeholder without a parameter stays visible. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (params === undefined) return text;
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The message `key` in `language`, with its placeholders filled. */
export function translate<K extends MessageKey>(language: Language, key: K, ...params: MessageParams<K>): string {
  return interpolate(catalogues[language][key], params[0]);
}

/** A {@link Translate} bound to one language. */
export function createTranslator(language: Language): Translate {
  return (key, ...params) => translate(language, key, ...params);
}

/** The raw catalogue of a language (for tests and tooling). */
export function catalogue(language: Language): Catalogue {
  return catalogues[language];
}
