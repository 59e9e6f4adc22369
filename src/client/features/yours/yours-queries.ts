import { queryOptions } from '@tanstack/react-query';
import { listYours } from './yours-store.ts';

/** The reader's own articles, for the library (invalidated when one is added or deleted). */
export const yourListQueryOptions = () =>
  queryOptions({ queryKey: ['yours', 'list'], queryFn: listYours });
