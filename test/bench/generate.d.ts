// Types for generate.js (plain JavaScript, so `npm run bench` needs no build of its own).
export function caseLines(i: number, options?: { indent?: string; withSender?: boolean; withLocale?: boolean }): string[];
export function mappingBatch(count: number): string;
export function streamBatch(count: number): string;
