/** The current connection kind, kept up to date from the Network Information API and online/offline events. */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { describeConnection, type ConnectionInfo, type ConnectionKind } from './network'

/** `navigator.connection` where it exists (Chrome on Android); TypeScript's DOM types do not have it. */
type NetworkInformationLike = ConnectionInfo & Partial<Pick<EventTarget, 'addEventListener' | 'removeEventListener'>>

export interface UseConnectionOptions {
  /** default: the global navigator (tests pass a fake) */
  navigator?: Pick<Navigator, 'onLine'> & { connection?: NetworkInformationLike }
  /** where online/offline events fire; default: window */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
}

export interface UseConnectionReturn {
  /** undefined until mounted: the prerendered HTML cannot know the reader's connection */
  kind: Ref<ConnectionKind | undefined>
  /** whether the browser reports changes of the connection type (the API exists) */
  live: Ref<boolean>
}

/** Reads the connection after mount and follows its changes until the component unmounts. */
export function useConnection(options: UseConnectionOptions = {}): UseConnectionReturn {
  const kind = ref<ConnectionKind | undefined>()
  const live = ref(false)
  let stop = () => {}

  onMounted(() => {
    const nav = options.navigator ?? (globalThis.navigator as UseConnectionOptions['navigator'])
    const events = options.events ?? globalThis.window
    const connection = nav?.connection
    const update = () => {
      kind.value = describeConnection(connection, nav?.onLine ?? true)
    }
    update()
    live.value = typeof connection?.addEventListener === 'function'
    connection?.addEventListener?.('change', update)
    events?.addEventListener('online', update)
    events?.addEventListener('offline', update)
    stop = () => {
      connection?.removeEventListener?.('change', update)
      events?.removeEventListener('online', update)
      events?.removeEventListener('offline', update)
    }
  })
  onBeforeUnmount(() => stop())
  return { kind, live }
}
