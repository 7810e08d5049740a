export const HOW_TO_GET_CHROMIUM: string;
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export function ensureChromium(options?: { log?: (line: string) => void }): string;
export function chromiumVersion(executable: string): string;
