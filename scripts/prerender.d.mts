import type { PrerenderedPage } from '../src/entry-server.tsx';

export type { PrerenderedPage };
export function fillTemplate(template: string, page: PrerenderedPage): string;
export function prerender(): Promise<string[]>;
