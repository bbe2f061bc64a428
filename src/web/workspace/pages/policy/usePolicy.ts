import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';

export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyDocument = PolicyVersion['document'];

/** The policy version in force, with its reference data (shared by every area that names roles, groups or channel types). */
export function useActivePolicy() {
  return useQuery({
    queryKey: ['policy', 'active'],
    queryFn: async () => unwrap(await api.GET('/api/v1/policy/active')),
    staleTime: 5 * 60_000,
  });
}

/** Names from the active policy in the page's language, falling back to the code while it loads. */
export function usePolicyNames() {
  const { i18n } = useTranslation();
  const { data } = useActivePolicy();
  const doc = data?.document;
  const pick = (list: { code: string; nameLv: string; nameEn: string }[] | undefined, code: string | null | undefined): string => {
    if (!code) return '';
    const e = list?.find((x) => x.code === code);
    return e ? localized(i18n.language, e.nameLv, e.nameEn) : code;
  };
  return {
    doc,
    role: (code: string | null | undefined) => pick(doc?.roles, code),
    /** The performer's title first where the policy names one: "Pakalpojuma vadītājs (Pakalpojuma saimnieks)". */
    roleWithTitle: (code: string | null | undefined): string => {
      const r = doc?.roles.find((x) => x.code === code);
      if (!r) return code ?? '';
      const name = localized(i18n.language, r.nameLv, r.nameEn);
      const title = localized(i18n.language, r.performerTitleLv, r.performerTitleEn);
      return title ? `${title} (${name})` : name;
    },
    group: (code: string | null | undefined) => pick(doc?.institutionGroups, code),
    channelType: (code: string | null | undefined) => pick(doc?.channelTypes, code),
    environment: (code: string | null | undefined) => pick(doc?.channelEnvironments, code),
  };
}
