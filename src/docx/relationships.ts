import { DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { parsePart, plainAttr } from "./xml";
import { readOnce } from "./part-memo";
import type { PartMemo } from "./part-memo";
import type { ZipPackage } from "./zip";

const SMALL_PART_BYTES = 16 * 1024 * 1024;

export interface Relationship {
  type: string;
  /** Part name inside the package, resolved against the source part's folder. */
  target: string;
  external: boolean;
}

/** "word/document.xml" → "word/_rels/document.xml.rels"; "" (the package) → "_rels/.rels". */
function relationshipsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf("/");
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(decodeSegment(segment));
  }
  return base.join("/");
}

/**
 * Relationships of a part ("" for the package itself); none when the part has no relationships part.
 * `memo` keeps relationships parts read before, to be reused when a later document stores the same.
 */
export async function readRelationships(
  pkg: ZipPackage,
  sourcePart: string,
  limits: WorkLimits = DEFAULT_WORK_LIMITS,
  memo?: PartMemo<readonly Relationship[]>,
): Promise<readonly Relationship[]> {
  const name = relationshipsPartOf(sourcePart);
  if (!pkg.has(name)) return [];
  // Targets are resolved against the source part's folder, so the same bytes read for another part mean other parts.
  return readOnce(memo, pkg, name, SMALL_PART_BYTES, [limits, sourcePart], () => parseRelationships(pkg, name, sourcePart, limits));
}

async function parseRelationships(pkg: ZipPackage, name: string, sourcePart: string, limits: WorkLimits): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  await parsePart(
    pkg,
    name,
    {
      open(tag) {
        if (tag.local !== "Relationship") return;
        const type = plainAttr(tag, "Type") ?? "";
        const target = plainAttr(tag, "Target") ?? "";
        const external = plainAttr(tag, "TargetMode") === "External";
        relationships.push({ type, target: external ? target : resolveTarget(sourcePart, target), external });
      },
      close() {},
      text() {},
    },
    SMALL_PART_BYTES,
    limits,
  );
  return relationships;
}

/** The target of the first internal relationship whose type ends with `/kind` (transitional or strict). */
export function targetOfType(relationships: readonly Relationship[], kind: string): string | undefined {
  return relationships.find((relationship) => !relationship.external && relationship.type.endsWith(`/${kind}`))?.target;
}

export { SMALL_PART_BYTES };
