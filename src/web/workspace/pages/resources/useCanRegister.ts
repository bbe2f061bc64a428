import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';

/**
 * The institutions where the signed-in user may register resources, as the API decides:
 * the institutions whose allowedActions hold `createResource` (resources.policy). The
 * workspace keeps no copy of the rule.
 */
export function useResourceRegistrars() {
  const query = useQuery({
    queryKey: ['resources', 'registrars'],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions', { params: { query: { allowedAction: 'createResource', pageSize: 200, sort: 'nameLv' } } })).items,
  });
  return { institutions: query.data ?? [], isLoading: query.isLoading, error: query.error };
}
