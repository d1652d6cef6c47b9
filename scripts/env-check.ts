import { EnvError, readEnv } from '@/lib/env';

// Run by `npm start` before it builds or takes the database's lock, so a wrong setting stops the
// start at once with a message naming the variable.
try {
  readEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
