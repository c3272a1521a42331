/** An overleg as its views read it: without the rich texts (typing in the verslag does not re-render them). */
import type { Overleg } from '../../../shared/model/index.js';

export type OverlegKern = Omit<Overleg, 'verslag' | 'wegingEnKwalificatie'>;
