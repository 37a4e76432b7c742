/**
 * Observes concurrency from inside the pipeline: one agent is wrapped so
 * that each execution enters a counter, holds for a while (so that
 * overlapping runs really overlap), runs the real agent, and leaves. The
 * counter's maximum is the most runs that were inside at once. Passed in
 * through createBrigade's `agents` option: nothing in production reads it.
 */
import type { Redis } from 'ioredis';
import { AGENTS } from '../../src/brigade.ts';
import type { Agent } from '../../src/pipeline/agent.ts';
import type { AgentName } from '../../src/pipeline/budgets.ts';

export interface ProbeCounter {
  enter(): Promise<void>;
  leave(): Promise<void>;
}

export interface ProbeFigures {
  /** Executions inside the probe now. */
  current: number;
  /** The most at once. */
  max: number;
  /** Executions that started. */
  entries: number;
}

/** A counter for agents in this process. */
export class MemoryProbe implements ProbeCounter {
  readonly figures: ProbeFigures = { current: 0, max: 0, entries: 0 };

  async enter() {
    const f = this.figures;
    f.entries += 1;
    f.current += 1;
    f.max = Math.max(f.max, f.current);
  }

  async leave() {
    this.figures.current -= 1;
  }
}

// One atomic step: count in, and raise the maximum if this is a new one.
const ENTER = `
local n = redis.call('incr', KEYS[1])
redis.call('incr', KEYS[3])
if n > tonumber(redis.call('get', KEYS[2]) or '0') then
  redis.call('set', KEYS[2], n)
end
return n`;

/** A counter shared by processes through one Redis. */
export class RedisProbe implements ProbeCounter {
  constructor(
    private readonly client: Redis,
    private readonly prefix = 'probe',
  ) {}

  async enter() {
    const p = this.prefix;
    await this.client.eval(
      ENTER,
      3,
      `${p}:current`,
      `${p}:max`,
      `${p}:entries`,
    );
  }

  async leave() {
    await this.client.decr(`${this.prefix}:current`);
  }

  async figures(): Promise<ProbeFigures> {
    const p = this.prefix;
    const [current, max, entries] = await this.client.mget(
      `${p}:current`,
      `${p}:max`,
      `${p}:entries`,
    );
    return {
      current: Number(current ?? 0),
      max: Number(max ?? 0),
      entries: Number(entries ?? 0),
    };
  }
}

/** The six agents with `name` wrapped by the probe. */
export function probedAgents<D>(
  probe: ProbeCounter,
  holdMs: number,
  name: AgentName = 'GraphBuilder',
): Agent<D>[] {
  return (AGENTS as readonly Agent<D>[]).map((agent) =>
    agent.name !== name
      ? agent
      : {
          name: agent.name,
          needs: agent.needs,
          async run(state, deps, log) {
            await probe.enter();
            try {
              await new Promise((r) => setTimeout(r, holdMs));
              await agent.run(state, deps, log);
            } finally {
              await probe.leave();
            }
          },
        },
  );
}
