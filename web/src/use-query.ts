import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql } from './api.js';

/** A query's state: loading, its data, or its error. */
export type QueryState<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; error: ApiError };

/**
 * Runs a GraphQL query whenever `key` changes (the route's data), cancelling the previous one,
 * so a fast typist never sees an older answer overwrite a newer one.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown>, key: string): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    gql<T>(query, variables, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR') });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
