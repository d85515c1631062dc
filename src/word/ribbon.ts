import { builtInProfiles, defaultProfile } from "../core";
import type { Profile } from "../core/profile/schema";
import { isSetSupported, officeApiFromGlobals, officeFromGlobals, type OfficeApi } from "./office-api";
import { OfficeDocumentHost } from "./office-document-host";
import { MINIMUM_WORD_API } from "./requirements";
import { getSetting, refreshSettings } from "./settings";

/** The ribbon button's FunctionName in manifest.xml. */
export const INSERT_TEMPLATE_ACTION = "insertRodTemplate";

/** The document setting that remembers the council profile (the task pane writes it). */
const PROFILE_SETTING = "rod.profile";

function rememberedProfile(api: OfficeApi): Profile {
  const id = getSetting(api, PROFILE_SETTING);
  return id !== undefined && Object.hasOwn(builtInProfiles, id) ? builtInProfiles[id] : defaultProfile;
}

/**
 * "Insert ROD template" without opening the pane: inserts the missing sections for the remembered profile
 * (Kent by default). Word gives function commands no way to show a message, so the result is the document
 * itself; the function always reports completion, or Word would keep the button busy.
 */
export async function insertRodTemplate(event: Office.AddinCommands.Event, api: OfficeApi | undefined = officeApiFromGlobals()): Promise<void> {
  try {
    if (api && isSetSupported(api, MINIMUM_WORD_API)) {
      // The pane may have changed the profile since this runtime started.
      await refreshSettings(api);
      await new OfficeDocumentHost(api, { focusSource: undefined }).insertTemplate(rememberedProfile(api));
    }
  } catch {
    // Nowhere to show the error from a function command; the officer can open the pane, which reports it.
  } finally {
    event.completed();
  }
}

/** Registers the function once Office is ready; `Word` itself is looked up when the button is pressed. */
export function registerRibbonCommands(api?: OfficeApi): void {
  const office = api?.Office ?? officeFromGlobals();
  if (!office) return;
  void office.onReady(() => {
    office.actions.associate(INSERT_TEMPLATE_ACTION, (event: Office.AddinCommands.Event) => void insertRodTemplate(event, api ?? officeApiFromGlobals()));
  });
}
