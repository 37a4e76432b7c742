/**
 * Fault injection for drills, off unless FAULTS is set:
 *   FAULTS=GraphBuilder:delay=1500,QAValidator:error,Persistence:hog=200
 * makes GraphBuilder 1.5 s slower, QAValidator throw, and Persistence hold
 * 200 MB of heap while it runs.
 */
import { AGENT_NAMES, type AgentName } from './budgets.ts';

export interface Fault {
  agent: AgentName;
  delayMs?: number;
  error?: boolean;
  hogMb?: number;
}

export class FaultSpecError extends Error {
  readonly code = 'invalid_faults';
}

const isAgent = (s: string): s is AgentName =>
  (AGENT_NAMES as readonly string[]).includes(s);

function positive(entry: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new FaultSpecError(
      `FAULTS entry "${entry}": expected a positive number`,
    );
  }
  return n;
}

export function parseFaults(spec: string): Map<AgentName, Fault> {
  const faults = new Map<AgentName, Fault>();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [agent, action = ''] = entry.split(':');
    if (!agent || !isAgent(agent)) {
      throw new FaultSpecError(
        `FAULTS entry "${entry}": unknown agent; one of ${AGENT_NAMES.join(', ')}`,
      );
    }
    const fault = faults.get(agent) ?? { agent };
    const [kind, value] = action.split('=');
    if (kind === 'delay') fault.delayMs = positive(entry, value);
    else if (kind === 'hog') fault.hogMb = positive(entry, value);
    else if (kind === 'error') fault.error = true;
    else {
      throw new FaultSpecError(
        `FAULTS entry "${entry}": expected delay=MS, hog=MB or error`,
      );
    }
    faults.set(agent, fault);
  }
  return faults;
}

export class InjectedFaultError extends Error {
  readonly code = 'injected_fault';
}

/**
 * Applies a fault before the agent's own work. The returned value keeps
 * the hogged memory reachable until the caller drops it.
 */
export async function applyFault(fault: Fault | undefined): Promise<unknown> {
  if (!fault) return undefined;
  let hold: Buffer[] | undefined;
  if (fault.hogMb) {
    // Filled buffers, so the pages are really resident, not just reserved.
    hold = Array.from({ length: fault.hogMb }, () => Buffer.alloc(1 << 20, 1));
  }
  if (fault.delayMs) {
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  }
  if (fault.error) {
    throw new InjectedFaultError(`fault injected into ${fault.agent}`);
  }
  return hold;
}

/** A short description for the run document, e.g. "delay=1500ms". */
export function describeFault(fault: Fault): string {
  const parts: string[] = [];
  if (fault.delayMs) parts.push(`delay=${fault.delayMs}ms`);
  if (fault.hogMb) parts.push(`hog=${fault.hogMb}MB`);
  if (fault.error) parts.push('error');
  return parts.join(',');
}
