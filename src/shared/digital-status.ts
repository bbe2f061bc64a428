/**
 * R27 digital status, as a pure function shared by the server (stored with every
 * version) and the workspace (recomputed live in the editor as channels are picked).
 */
import { PROCESSING_MODES, type DigitalStatus } from './enums.js';

/** How a phase can be done: only electronically, only physically, both, or not described. */
export type PhaseMode = 'electronic' | 'physical' | 'mixed' | 'none';

export interface DigitalStatusResult {
  status: DigitalStatus;
  byPhase: { request: PhaseMode; processing: PhaseMode; receipt: PhaseMode };
}

/** One use of a channel point in a phase of the service. */
export interface PhaseChannelUse {
  channelPointId: string;
  phase: string;
}

function channelPhaseMode(uses: readonly PhaseChannelUse[], phase: string, types: Map<string, { digital: boolean }>): PhaseMode {
  let electronic = false;
  let physical = false;
  for (const use of uses) {
    if (use.phase !== phase) continue;
    const info = types.get(use.channelPointId);
    // A channel point the caller could not classify is not counted either way.
    if (!info) continue;
    if (info.digital) electronic = true;
    else physical = true;
  }
  if (electronic && physical) return 'mixed';
  if (electronic) return 'electronic';
  if (physical) return 'physical';
  return 'none';
}

const canBeElectronic = (m: PhaseMode): boolean => m === 'electronic' || m === 'mixed';

/**
 * Digital status per phase and overall (R27, policy-v1 B9). Request and receipt
 * come from the channel points used in each phase (`types` maps a channel point
 * id to its channel type's `digital` flag), processing from the description's
 * `processingMode`. **dService**: all three phases only electronic.
 * **eService**: request and receipt each possible electronically, but not a
 * d-service (some phase is, or may be, physical). Otherwise **none**, also for a
 * service without channels. Resources (an e-application) never decide it.
 */
export function deriveDigitalStatus(
  d: { channelPoints?: readonly PhaseChannelUse[] | null; processingMode?: string | null },
  types: Map<string, { digital: boolean }>,
): DigitalStatusResult {
  const uses = d.channelPoints ?? [];
  const request = channelPhaseMode(uses, 'request', types);
  const receipt = channelPhaseMode(uses, 'receipt', types);
  const processing: PhaseMode = d.processingMode && (PROCESSING_MODES as readonly string[]).includes(d.processingMode) ? (d.processingMode as PhaseMode) : 'none';
  const byPhase = { request, processing, receipt };
  if (request === 'electronic' && processing === 'electronic' && receipt === 'electronic') return { status: 'dService', byPhase };
  if (canBeElectronic(request) && canBeElectronic(receipt)) return { status: 'eService', byPhase };
  return { status: 'none', byPhase };
}
