import { listThemes } from '../../../graph/queries/themes.js';
import type { ApiContext } from '../../context.js';

/** Query.themes: the whole vocabulary. */
export const themes = (_: unknown, __: unknown, ctx: ApiContext) => listThemes(ctx.reader);
