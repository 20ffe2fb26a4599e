/** One app-wide polite notice for "this external link needs a connection, and you are offline". */
import { ref } from 'vue'
import { appText } from '@/locales/app'

const notice = ref('')
let timer: ReturnType<typeof setTimeout> | undefined

export interface UseOfflineLinkNoticeReturn {
  notice: typeof notice
  onExternalClick: (event: MouseEvent) => void
}

/** Blocks external links while offline and shows why, instead of a browser error page. */
export function useOfflineLinkNotice(): UseOfflineLinkNoticeReturn {
  const onExternalClick = (event: MouseEvent) => {
    if (typeof navigator === 'undefined' || navigator.onLine) return
    event.preventDefault()
    notice.value = appText.offlineLink
    clearTimeout(timer)
    timer = setTimeout(() => (notice.value = ''), 8000)
  }
  return { notice, onExternalClick }
}
