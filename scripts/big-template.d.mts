/** The corpus template with filler resources until it is about `bytes` long (default 5 MB). */
export function bigTemplate(bytes?: number): string;
