import { OFFICE_MEMBERS } from "./api-sets.generated";
import type { FakeEnvironment } from "./environment";
import { notModelled } from "./errors";

/** The parts of the `Office` namespace the add-in uses: onReady, requirements, settings, theme, actions. */

export interface FakeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
  themeId: string;
}

export const LIGHT_THEME: FakeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
  isDarkTheme: false,
  themeId: "Colorful",
};

export const DARK_THEME: FakeTheme = {
  bodyBackgroundColor: "#1F1F1F",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#292929",
  controlForegroundColor: "#FFFFFF",
  isDarkTheme: true,
  themeId: "Black",
};

export interface OfficeHostOptions {
  /** What Office.onReady reports: "Word", another host ("Excel"), or null when the page runs outside Office. */
  host: string | null;
  platform: string | null;
  /** "never": Office.onReady never settles, as when Word's scripts are blocked; { afterMs }: it settles late. */
  ready: "immediately" | "never" | { afterMs: number };
  theme: FakeTheme | null;
  /** saveAsync fails, as when the document is read-only. */
  settingsSaveFails: boolean;
}

interface AsyncResult {
  status: "succeeded" | "failed";
  value: unknown;
  error?: { name: string; message: string; code: number };
}

type SaveCallback = (result: AsyncResult) => void;

/**
 * Office.context.document.settings of one runtime: a copy read from the document when the runtime starts. Edits
 * stay in that copy until saveAsync writes them into the document; refreshAsync reads the document again.
 */
export class FakeSettings {
  private pending: Record<string, unknown>;

  constructor(
    private readonly saved: Record<string, unknown>,
    private readonly options: OfficeHostOptions,
    private readonly environment: FakeEnvironment,
  ) {
    this.pending = structuredClone(saved);
  }

  get(name: string): unknown {
    return name in this.pending ? structuredClone(this.pending[name]) : null;
  }

  set(name: string, value: unknown): void {
    this.pending[name] = structuredClone(value);
  }

  remove(name: string): void {
    delete this.pending[name];
  }

  refreshAsync(callback?: (result: Office.AsyncResult<Office.Settings>) => void): void {
    this.environment.schedule(() => {
      this.pending = structuredClone(this.saved);
      // Word hands back its own Settings object; the fake's stands for it.
      const result: AsyncResult = { status: "succeeded", value: this };
      callback?.(result as unknown as Office.AsyncResult<Office.Settings>);
    });
  }

  saveAsync(optionsOrCallback?: object | SaveCallback, maybeCallback?: SaveCallback): void {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback;
    this.environment.schedule(() => {
      if (this.options.settingsSaveFails) {
        callback?.({ status: "failed", value: undefined, error: { name: "Permission Denied", message: "The document is read-only.", code: 5009 } });
        return;
      }
      for (const key of Object.keys(this.saved)) delete this.saved[key];
      Object.assign(this.saved, structuredClone(this.pending));
      callback?.({ status: "succeeded", value: undefined });
    });
  }
}

/**
 * An Office object (context, document, settings): a member Office has (per @types/office-js) but the fake does not
 * model throws NotImplemented rather than reading undefined.
 */
function guarded<T extends object>(interfaceName: string, target: T): T {
  const members = new Set(OFFICE_MEMBERS[interfaceName] ?? []);
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === "string" && members.has(property) && !(property in object)) throw notModelled(`Office.${interfaceName}.${property}`);
      return Reflect.get(object, property, receiver);
    },
  });
}

export function createOfficeNamespace(
  environment: FakeEnvironment,
  options: OfficeHostOptions,
  savedSettings: Record<string, unknown>,
  actions: Map<string, (event?: unknown) => unknown>,
) {
  // Outside Office both are null at run time, which the typings do not admit.
  const info = { host: options.host, platform: options.platform } as unknown as { host: Office.HostType; platform: Office.PlatformType };
  return {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" } as const,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" } as const,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } as const,
    onReady(callback?: (value: typeof info) => unknown): Promise<typeof info> {
      return new Promise((resolve) => {
        const settle = (): void => {
          callback?.(info);
          resolve(info);
        };
        if (options.ready === "never") return;
        if (options.ready === "immediately") environment.schedule(settle);
        else setTimeout(settle, options.ready.afterMs);
      });
    },
    context: guarded("Context", {
      host: options.host,
      platform: options.platform,
      /** Word on the web has no theme to report (office-js #3732, #3410). */
      get officeTheme(): FakeTheme | undefined {
        if (options.platform === "OfficeOnline") return undefined;
        return options.theme ? { ...options.theme } : undefined;
      },
      requirements: guarded("RequirementSetSupport", {
        isSetSupported: (name: string, minVersion?: string | number) => environment.isSetSupported(name, minVersion),
      }),
      document: guarded("Document", { settings: guarded("Settings", new FakeSettings(savedSettings, options, environment)) }),
    }),
    actions: {
      associate(actionId: string, action: (event?: unknown) => unknown): void {
        actions.set(actionId, action);
      },
    },
  };
}
