/**
 * The companion's stored format, in a module of its own: the home page reads the stored progress in the
 * first view (src/storage/companionResume.ts) and needs these two values, not the rest of
 * ./companionProgress.ts, which stays with the companion's code.
 */

/** The stored format's version; a value of another version is reported as damaged and not used. */
export const PROGRESS_VERSION = 1

/** The longest title kept for the home page. */
export const MAX_LABEL = 80
