import { useQuery } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Schemas } from '../../api/client.js';

export type PolicyDoc = Schemas['PolicyVersion']['document'];

/** The active policy's reference data: channel types (with their `digital` flag) and the not-a-service categories. */
export function usePolicyDoc() {
  return useQuery({
    queryKey: ['policy', 'active'],
    queryFn: async () => unwrap(await api.GET('/api/v1/policy/active')),
    staleTime: 5 * 60_000,
    select: (v) => v.document,
  });
}

/** A service (current version, effective description) with the ETag for If-Match. */
export function useEditedService(id: string | undefined) {
  return useQuery({
    queryKey: ['service-editor', 'service', id],
    enabled: !!id,
    staleTime: 0,
    queryFn: async () => {
      const r = await api.GET('/api/v1/services/{id}', { params: { path: { id: id! }, query: { version: 'current' } } });
      return { service: unwrap(r), etag: etagOf(r.response) };
    },
  });
}

/** The owner institution: its name and core activity directions. */
export function useInstitution(id: string | undefined) {
  return useQuery({
    queryKey: ['service-editor', 'institution', id],
    enabled: !!id,
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions/{id}', { params: { path: { id: id! } } })),
  });
}

/** People of an institution, for appointing the service manager. */
export function usePeople(institutionId: string | undefined) {
  return useQuery({
    queryKey: ['service-editor', 'people', institutionId],
    enabled: !!institutionId,
    queryFn: async () => unwrap(await api.GET('/api/v1/people', { params: { query: { institutionId, pageSize: 200, active: 'true' } } })).items,
  });
}
