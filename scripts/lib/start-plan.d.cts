export type StartPlan =
  | { kind: "sideload"; command: string; args: string[]; message: string }
  | { kind: "workbench"; message: string }
  | { kind: "unavailable"; message: string };
export type StopPlan = { kind: "sideload"; command: string; args: string[] } | { kind: "nothing"; message: string };
export interface PlanInput {
  argv?: string[];
  platform?: NodeJS.Platform;
  wordInstalled?: boolean;
  scripts?: Record<string, string>;
}
export function planStart(input: PlanInput): StartPlan;
export function planStop(input: PlanInput): StopPlan;
export function isWordInstalled(platform?: NodeJS.Platform): boolean;
export const SIDELOAD_HELP: string;
