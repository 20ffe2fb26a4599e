/**
 * Whether the app has taken over the prerendered page. Fields stay read-only or disabled until then:
 * what is typed before would be blanked by hydration, and a press on a submit button would be a plain
 * form submission (a page load). Server rendering never mounts, so it always renders `false`.
 */
import { onMounted, ref, type Ref } from 'vue'

/** false on the server and until the component has mounted, then true. */
export function useHydrated(): Ref<boolean> {
  const hydrated = ref(false)
  onMounted(() => (hydrated.value = true))
  return hydrated
}
