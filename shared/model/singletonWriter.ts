/**
 * Writing a singleton part of the case: a root map of scalar fields (the analysis as a whole,
 * the gezinsprofiel assessment) stamped with who changed it and when. The accessors of both
 * write through here, so the stamp and the patch rules are the same for each.
 */
import type * as Y from 'yjs';
import type { z } from 'zod';
import type { ModelContext } from './context.js';
import type { CaseReader } from './entityStore.js';
import { ModelError } from './errors.js';
import { localOrigin } from './origins.js';

export interface SingletonWriter {
  /** Runs `fn` as one local transaction and stamps the part (`gewijzigdOp`, `gewijzigdDoor`). */
  write(fn: () => void): void;
  /**
   * Checks `patch` against `schema` (the fields a caller may set) and writes it in one
   * transaction: a field given as undefined is removed, fields not named stay as they are.
   * Invalid input throws `ongeldige_invoer` for `path` and writes nothing.
   */
  update(schema: z.ZodType, patch: object, path: string): void;
}

export function createSingletonWriter(reader: CaseReader, ctx: ModelContext, map: Y.Map<unknown>): SingletonWriter {
  const write = (fn: () => void): void => {
    reader.assertWritable();
    reader.doc.transact(() => {
      fn();
      map.set('gewijzigdOp', ctx.now());
      map.set('gewijzigdDoor', ctx.actor.deelnemerId);
    }, localOrigin(ctx.actor.deelnemerId));
  };
  return {
    write,
    update(schema, patch, path) {
      const parsed = schema.safeParse(patch);
      if (!parsed.success) throw new ModelError('ongeldige_invoer', path);
      const data = parsed.data as Record<string, unknown>;
      write(() => {
        for (const key of Object.keys(patch)) {
          if (data[key] === undefined) map.delete(key);
          else map.set(key, data[key]);
        }
      });
    },
  };
}
