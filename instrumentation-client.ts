import { config } from 'zod';

// Runs in the browser before any page module. The pages' Content-Security-Policy refuses `eval`, and
// zod probes for it with `new Function` to compile faster parsers: the probe is refused and reported
// as a violation, and zod parses without compiling anyway. Jitless skips the probe.
config({ jitless: true });
