import { onBeforeUnmount, ref, type Ref } from 'vue';

/** True on a phone-sized screen (under 768 px), where lists show as cards instead of tables. */
export function useNarrow(): Ref<boolean> {
  const query = window.matchMedia('(max-width: 767px)');
  const narrow = ref(query.matches);
  const update = () => (narrow.value = query.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
