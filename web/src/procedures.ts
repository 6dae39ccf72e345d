import { reactive } from 'vue';
import { api, unwrap, type Schemas } from './api/client';

/** The procedures as the API describes them (labels, who opens them, from which household status), read once. */
export const procedures = reactive({
  list: [] as Schemas['ProcedureView'][],
  loaded: null as Promise<void> | null,
});

export function loadProcedures(): Promise<void> {
  procedures.loaded ??= unwrap(api.GET('/procedures')).then((list) => {
    procedures.list = list;
  });
  return procedures.loaded;
}

export const procedureLabel = (name: string): string => procedures.list.find((procedure) => procedure.name === name)?.label ?? name;
