/** Errors of the annotation layer: a code, never content. */
export type AnnotatieErrorCode =
  /** No key pair exists yet for the audience and this device may not make one (e.g. an expert sealing for the chair before the chair's device made it). */
  | 'geen_publiekssleutel'
  /** Only a member of an audience may make or rotate its key. */
  | 'geen_lid'
  /** The thread is sealed and this device holds no key for it. */
  | 'geen_sleutel'
  /** The thread or reply does not exist (or was removed). */
  | 'onbekende_draad';

export class AnnotatieError extends Error {
  constructor(readonly code: AnnotatieErrorCode) {
    super(`annotations: ${code}`);
    this.name = 'AnnotatieError';
  }
}
