/** Writes <file>.br beside every hashed file of `dir`/assets that is worth compressing; returns their names. */
export function precompress(dir: string): string[]
