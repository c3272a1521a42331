/**
 * zod's JIT compiles validators with `new Function`, which the renderer's CSP (no
 * 'unsafe-eval') forbids and reports as a violation. Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
