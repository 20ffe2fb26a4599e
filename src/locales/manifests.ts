/**
 * The web app manifest's wording in every shipped language (build time only: vite.config.ts and the
 * prerenderer write one manifest per language, so none of this reaches a page's script). Every language's
 * manifest has the same `id`: installed from any language, it is one app.
 */
import { appText as jaApp } from './ja/app.ts'
import { appText as enApp } from './en/app.ts'

/** The web app manifest's name, short_name and description in one language. */
export interface ManifestText {
  name: string
  shortName: string
  description: string
}

/** The web app manifest's wording, by language code. */
export const manifests: Readonly<Record<string, ManifestText>> = {
  ja: {
    name: `${jaApp.siteName}（大阪公立大学 利用開始手続き・${jaApp.unofficial}）`,
    shortName: jaApp.siteNameShort,
    description: jaApp.homeLead,
  },
  en: {
    name: `${enApp.siteName} (Osaka Metropolitan University, ${enApp.unofficial.toLowerCase()})`,
    shortName: enApp.siteNameShort,
    description: enApp.homeLead,
  },
}

/** The manifest file of a language: the default language's is the one vite-plugin-pwa writes. */
export function manifestFile(lang: string, defaultLang: string): string {
  return lang === defaultLang ? '/manifest.webmanifest' : `/manifest-${lang}.webmanifest`
}
