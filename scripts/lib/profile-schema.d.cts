import type { ZodType } from "zod";

export interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [keyword: string]: unknown;
}

export interface RuleMetaLike {
  id: string;
  description: string;
  severity: string;
  deprecatedIds?: string[];
}

export function profileJsonSchema(ProfileSchema: ZodType, ruleMetas: readonly RuleMetaLike[], sourceText?: string): JsonSchemaNode;
export function profileJsonSchemaText(ProfileSchema: ZodType, ruleMetas: readonly RuleMetaLike[], sourceText?: string): string;
export function propertyPaths(schema: JsonSchemaNode, prefix?: string): string[];
