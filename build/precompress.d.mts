/** Hashed files whose brotli copy the build writes. */
export const PRECOMPRESSED: RegExp
/** Writes <file>.br beside every hashed file of `dir`/assets that is worth compressing; returns their names. */
export function precompress(dir: string): string[]
