/**
 * Allocation sites from a V8 sampling heap profile: the call tree's nodes
 * summed by function and line, so one hot line shows as one row however
 * many call paths reach it. Bytes allocated inside a built-in (Map,
 * Array.prototype.push, RegExp) are charged to the JavaScript line that
 * called it: "Map (native)" says nothing a reader can act on.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  /** Zero-based, as the inspector protocol gives it. */
  lineNumber: number;
  columnNumber: number;
}

/**
 * Maps a generated position (zero-based) to the line of the source a
 * person edits, also zero-based; TypeScript runs transpiled, so V8's
 * lines are those of the transpiled code.
 */
export type PositionMapper = (
  url: string,
  line: number,
  column: number,
) => number | undefined;

export interface ProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children?: ProfileNode[];
}

export interface HeapProfile {
  head: ProfileNode;
}

export interface Site {
  functionName: string;
  /** The script, relative to the project root when it is inside it. */
  file: string;
  /** One-based, as an editor shows it; 0 when V8 gave no line. */
  line: number;
  bytes: number;
  /** Share of all sampled bytes, 0–1. */
  share: number;
  origin: Origin;
}

/** Whose code allocated: Brigade's, a dependency's, or Node's/V8's. */
export type Origin = 'brigade' | `package ${string}` | 'node' | 'harness';

export function originOf(file: string): Origin {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return `package ${pkg[1]}`;
  if (/^(src|otel)\//.test(file)) return 'brigade';
  if (/^(scripts|bench)\//.test(file)) return 'harness';
  return 'node';
}

function relative(url: string, root: string): string {
  const file = url.replace(/^file:\/\//, '');
  return file.startsWith(root)
    ? file.slice(root.length).replace(/^\//, '')
    : file;
}

/** Every site with its summed self size, largest first. */
export function allocationSites(
  profile: HeapProfile,
  root: string,
  mapLine: PositionMapper = () => undefined,
): Site[] {
  const byKey = new Map<string, Omit<Site, 'share'>>();
  let total = 0;
  const stack: Array<[ProfileNode, CallFrame | undefined]> = [
    [profile.head, undefined],
  ];
  while (stack.length) {
    const [node, caller] = stack.pop() as [ProfileNode, CallFrame | undefined];
    const frame = node.callFrame.url ? node.callFrame : caller;
    for (const child of node.children ?? []) stack.push([child, frame]);
    if (node.selfSize === 0) continue;
    total += node.selfSize;

    const site = siteOf(frame ?? node.callFrame, root, mapLine);
    const key = `${site.functionName}\u0000${site.file}\u0000${site.line}`;
    const seen = byKey.get(key) ?? site;
    seen.bytes += node.selfSize;
    byKey.set(key, seen);
  }
  return [...byKey.values()]
    .map((s) => ({ ...s, share: total ? s.bytes / total : 0 }))
    .sort((a, b) => b.bytes - a.bytes);
}

function siteOf(
  frame: CallFrame,
  root: string,
  mapLine: PositionMapper,
): Omit<Site, 'share'> {
  const { functionName, url, lineNumber, columnNumber } = frame;
  const file = relative(url, root) || '(native)';
  const line0 =
    lineNumber >= 0
      ? (mapLine(url, lineNumber, columnNumber) ?? lineNumber)
      : -1;
  return {
    functionName: functionName || '(anonymous)',
    file,
    line: line0 + 1,
    bytes: 0,
    origin: originOf(file),
  };
}

/** Sampled bytes per origin (Brigade, each package, Node), largest first. */
export function bytesByOrigin(sites: readonly Site[]) {
  const totals = new Map<Origin, number>();
  for (const s of sites)
    totals.set(s.origin, (totals.get(s.origin) ?? 0) + s.bytes);
  return [...totals]
    .map(([origin, bytes]) => ({ origin, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}
