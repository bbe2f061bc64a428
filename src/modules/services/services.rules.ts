/**
 * STUB — the services-rules helper replaces this file with the real rules.
 * Signatures are the contract the services service layer codes against.
 */
import type { RuleViolation } from '../../platform/errors.js';
import type { ChannelTypeInfo, DigitalStatusResult, FieldChange, RuleContext, ServiceDescription } from './services.model.js';

/** Digital status per phase and overall, from the channel points used and the processing mode (R27). */
export function deriveDigitalStatus(_d: Pick<ServiceDescription, 'channelPoints' | 'processingMode'>, _types: Map<string, ChannelTypeInfo>): DigitalStatusResult {
  return { status: 'none', byPhase: { request: 'none', processing: 'none', receipt: 'none' } };
}

/**
 * Every rule of policy-v1 section C that concerns the register. `mode: 'draft'`
 * reports everything but reports hard rules as warnings (drafts may be incomplete);
 * `mode: 'publish'` reports hard rules as errors that block publication.
 */
export function checkServiceRules(_d: ServiceDescription, _ctx: RuleContext, _mode: 'draft' | 'publish'): RuleViolation[] {
  return [];
}

/** The effective description of an instance: the template's fields with the instance's overrides. */
export function resolveEffectiveDescription(template: ServiceDescription | null, instance: ServiceDescription): ServiceDescription {
  return template ? { ...template, ...instance } : instance;
}

/** Field-by-field differences between two descriptions. */
export function diffDescriptions(_a: ServiceDescription, _b: ServiceDescription): FieldChange[] {
  return [];
}
