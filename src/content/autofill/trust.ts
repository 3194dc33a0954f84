/**
 * Which frames may receive the partner's contact details. An origin is compared as a whole string
 * ("https://host" with no port), so http:, ports and lookalike hosts never pass.
 */

export type Portal = 'azure' | 'm365' | 'powerPlatform';

/** Top-level origins of the support forms, and the portal each belongs to. */
const PORTAL_OF_TOP_ORIGIN: Readonly<Record<string, Portal>> = {
  'https://portal.azure.com': 'azure',
  'https://portal.azure.us': 'azure',
  'https://admin.microsoft.com': 'm365',
  'https://portal.office365.us': 'm365',
  'https://admin.powerplatform.microsoft.com': 'powerPlatform',
};

/** Azure portal extensions render blades in frames served from these hosts, e.g. x.hosting.portal.azure.net. */
const AZURE_FRAME_ORIGIN = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+portal\.azure\.(?:net|us)$/;

export interface FrameFacts {
  /** The document's own origin (self.origin: "null" for sandboxed documents). */
  origin: string;
  /** location.ancestorOrigins as a list, parent first; null where the browser does not expose it (older Firefox). */
  ancestorOrigins: readonly string[] | null;
  isTop: boolean;
}

export function isAllowlistedTopOrigin(origin: string): boolean {
  return Object.hasOwn(PORTAL_OF_TOP_ORIGIN, origin);
}

function mayHostForm(origin: string): boolean {
  return isAllowlistedTopOrigin(origin) || AZURE_FRAME_ORIGIN.test(origin);
}

/**
 * A top frame must be on an allowlisted origin. A subframe must itself be a portal origin and every ancestor
 * must be one too, with the outermost being an allowlisted top origin. Without ancestorOrigins a subframe cannot
 * prove who embeds it, so it is refused.
 */
export function isTrustedFrame({ origin, ancestorOrigins, isTop }: FrameFacts): boolean {
  if (isTop) return isAllowlistedTopOrigin(origin);
  if (!ancestorOrigins || ancestorOrigins.length === 0) return false;
  if (!mayHostForm(origin)) return false;
  const outermost = ancestorOrigins[ancestorOrigins.length - 1]!;
  return isAllowlistedTopOrigin(outermost) && ancestorOrigins.every(mayHostForm);
}

/** The portal a trusted frame belongs to, named after its top-level origin. */
export function portalOf(facts: FrameFacts): Portal | null {
  if (!isTrustedFrame(facts)) return null;
  const top = facts.isTop ? facts.origin : facts.ancestorOrigins![facts.ancestorOrigins!.length - 1]!;
  return PORTAL_OF_TOP_ORIGIN[top] ?? null;
}

/** Reads the facts of the frame this script runs in. */
export function currentFrameFacts(): FrameFacts {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return {
    origin: self.origin,
    ancestorOrigins: ancestors ? Array.from(ancestors) : null,
    isTop: window.top === window,
  };
}
