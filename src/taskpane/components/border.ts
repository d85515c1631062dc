import type { GriffelStyle } from "@fluentui/react-components";

/**
 * A border on all four sides in Griffel's longhand form. Fluent's `shorthands` helper does the same but brings
 * every other shorthand with it into the pane's first download.
 */
export function border(width: string, style: "solid", color?: string): GriffelStyle {
  return {
    borderTopWidth: width,
    borderRightWidth: width,
    borderBottomWidth: width,
    borderLeftWidth: width,
    borderTopStyle: style,
    borderRightStyle: style,
    borderBottomStyle: style,
    borderLeftStyle: style,
    ...(color ? borderColor(color) : {}),
  };
}

export function borderColor(color: string): GriffelStyle {
  return { borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color };
}
