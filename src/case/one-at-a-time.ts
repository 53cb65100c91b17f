// Imported first by commands that check one case at a time (draft and its questions).
// On its first check, zod writes a quicker checking function for each group of fields and
// compiles it (new Function): worth it over the thousands of cases of a batch, but for one
// case it costs more than the check itself. Set before any schema is made, which reads it.
import * as z from 'zod/mini';

z.config({ jitless: true });
