// zod's own messages in Chinese, for every runtime that loads a schema: server actions, route handlers, the job
// runner and scripts all reach zod through lib/validation/fields.ts, which imports this file first. Fields carry
// catalog keys of their own (lib/forms/action-state.ts maps any other issue to a catalog key by its code), so
// these texts are the last line: a ZodError printed by a script or logged by a route is still Chinese.
import { z } from "zod";

z.config(z.locales.zhCN());
