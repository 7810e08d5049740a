import { format, resolveConfig } from 'prettier';

/**
 * JSON as the repository keeps it: formatted by Prettier with the project's
 * settings for `target`, so written files pass the same format check as
 * hand-written ones (Prettier folds short arrays onto one line, which
 * JSON.stringify alone does not).
 */
export async function formatJson(value: unknown, target: string): Promise<string> {
  const config = (await resolveConfig(target)) ?? {};
  return format(JSON.stringify(value, null, 2), { ...config, parser: 'json' });
}
