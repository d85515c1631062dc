import kent from "./builtin/kent.json";
import moderngov from "./builtin/moderngov.json";
import wales from "./builtin/wales.json";
import type { Profile } from "./schema";

// The JSON files are complete (every default written out); a test parses each one and requires the result to equal the file.
const withoutSchema = ({ $schema: _schema, ...profile }: Record<string, unknown>) => profile as unknown as Profile;

export const builtInProfiles: Readonly<Record<string, Profile>> = {
  kent: withoutSchema(kent),
  moderngov: withoutSchema(moderngov),
  wales: withoutSchema(wales),
};

export const defaultProfile: Profile = builtInProfiles.kent;
