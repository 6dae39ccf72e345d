import { ref, type Ref } from 'vue';

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/**
 * A list read a page at a time from the API's keyset pages: the cursors already passed are kept so
 * that 上一页 goes back, and a change of filters starts again from the first page.
 */
export function useCursorPages<T>(read: (cursor: string | undefined) => Promise<Page<T>>) {
  const items = ref([]) as Ref<T[]>;
  const total = ref(0);
  const cursors = ref<(string | undefined)[]>([undefined]);
  const nextCursor = ref<string | null>(null);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const page = await read(cursors.value[cursors.value.length - 1]);
      items.value = page.items;
      total.value = page.total;
      nextCursor.value = page.nextCursor;
    } finally {
      loading.value = false;
    }
  }

  return {
    items,
    total,
    loading,
    load,
    hasPrevious: () => cursors.value.length > 1,
    hasNext: () => nextCursor.value !== null,
    restart: () => {
      cursors.value = [undefined];
      return load();
    },
    forward: () => {
      if (nextCursor.value === null) return Promise.resolve();
      cursors.value.push(nextCursor.value);
      return load();
    },
    back: () => {
      if (cursors.value.length <= 1) return Promise.resolve();
      cursors.value.pop();
      return load();
    },
  };
}

export type CursorPages<T> = ReturnType<typeof useCursorPages<T>>;
