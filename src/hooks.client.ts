import { z } from 'zod';

// The Content-Security-Policy has no 'unsafe-eval': zod's probe for `new Function` (its JIT) would
// be blocked anyway, and the browser reports the blocked probe as a CSP violation. Set before any
// page module builds a schema.
z.config({ jitless: true });
