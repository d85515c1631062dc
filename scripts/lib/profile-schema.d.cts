import type { ZodType } from "zod";

export interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [keyword: string]: unknown;
}

export function profileJsonSchema(ProfileSchema: ZodType, sourceText?: string): JsonSchemaNode;
export function profileJsonSchemaText(ProfileSchema: ZodType, sourceText?: string): string;
export function propertyPaths(schema: JsonSchemaNode, prefix?: string): string[];
