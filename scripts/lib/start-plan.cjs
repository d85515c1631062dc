// What `npm start` and `npm stop` do on this machine. office-addin-debugging can sideload only into Word
// on Windows or macOS, or into Word on the web given a document URL; everywhere else (Linux, or no Word
// installed) `npm start` serves the workbench: the real pane beside a simulated document, on plain http.
const { existsSync } = require("node:fs");
const { spawnSync } = require("node:child_process");
const { homedir } = require("node:os");
const { join } = require("node:path");

const MANIFEST = "manifest.xml";
const DEV_SERVER_PORT = "3000";
const PLATFORMS = ["desktop", "web"];

const SIDELOAD_HELP = [
  "To run ROD Author in real Word:",
  "  - Word on Windows or Mac: npm start (it sideloads the add-in and opens Word).",
  "  - Word on the web: npm start -- web --document <URL of a document in OneDrive or SharePoint>.",
  "  - By hand: npm run dev-server, then in Word choose Add-ins > My Add-ins > Upload My Add-in and pick manifest.xml",
  "    (Word on the web), or use a shared-folder catalogue (Windows). docs/DEPLOYMENT.md has every step.",
].join("\n");

/** True when desktop Word is installed where office-addin-debugging looks for it. */
function isWordInstalled(platform = process.platform) {
  if (platform === "win32") {
    const query = spawnSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\Winword.exe"], { stdio: "ignore" });
    return query.status === 0;
  }
  if (platform === "darwin") {
    return ["/Applications/Microsoft Word.app", join(homedir(), "Applications", "Microsoft Word.app")].some((path) => existsSync(path));
  }
  return false;
}

function platformArgument(argv) {
  return argv.find((arg) => PLATFORMS.includes(arg));
}

function withDefaults(argv, platform) {
  const args = [...argv];
  if (!platformArgument(args)) args.unshift(platform);
  if (platform === "desktop" && !args.includes("--app")) args.push("--app", "word");
  if (!args.includes("--dev-server-port")) args.push("--dev-server-port", DEV_SERVER_PORT);
  return args;
}

/**
 * The plan for `npm start -- <argv>`:
 *   { kind: "sideload", command, args, message }  run office-addin-debugging
 *   { kind: "workbench", message }                 run `npm run workbench`
 *   { kind: "unavailable", message }               explain and exit non-zero
 */
function planStart({ argv = [], platform = process.platform, wordInstalled = false, scripts = {} }) {
  const requested = platformArgument(argv);
  const canSideloadDesktop = (platform === "win32" || platform === "darwin") && wordInstalled;

  if (requested === "web") {
    if (!argv.includes("--document")) {
      return {
        kind: "unavailable",
        message: "Word on the web needs a document to open the add-in in: npm start -- web --document <URL of a document in OneDrive or SharePoint>",
      };
    }
    return {
      kind: "sideload",
      command: "office-addin-debugging",
      args: ["start", MANIFEST, ...withDefaults(argv, "web")],
      message: "Sideloading ROD Author into Word on the web; the pane is served from https://localhost:3000/taskpane.html.",
    };
  }
  if (canSideloadDesktop) {
    return {
      kind: "sideload",
      command: "office-addin-debugging",
      args: ["start", MANIFEST, ...withDefaults(argv, "desktop")],
      message: "Sideloading ROD Author into Word; the pane is served from https://localhost:3000/taskpane.html.",
    };
  }
  const why =
    platform === "win32" || platform === "darwin"
      ? "Word is not installed on this machine"
      : `Word does not run on ${platform === "linux" ? "Linux" : platform}`;
  if (requested === "desktop") {
    return { kind: "unavailable", message: `${why}, so ROD Author cannot be sideloaded into desktop Word here.\n\n${SIDELOAD_HELP}` };
  }
  if (!scripts.workbench) {
    return {
      kind: "unavailable",
      message: `${why}, and this checkout has no workbench yet (no "workbench" script in package.json) to show the pane without Word.\n\n${SIDELOAD_HELP}`,
    };
  }
  return {
    kind: "workbench",
    message: `${why}, so npm start opens the workbench instead: the real ROD Author pane beside a simulated Word document, on plain http://localhost (no certificate needed).\n\n${SIDELOAD_HELP}`,
  };
}

/** The plan for `npm stop -- <argv>`: stop a sideloaded session where one can exist. */
function planStop({ argv = [], platform = process.platform, wordInstalled = false }) {
  const requested = platformArgument(argv);
  if (requested === "web" || ((platform === "win32" || platform === "darwin") && wordInstalled)) {
    return { kind: "sideload", command: "office-addin-debugging", args: ["stop", MANIFEST, ...(requested ? argv : ["desktop", ...argv])] };
  }
  return {
    kind: "nothing",
    message: "Nothing to stop: on this machine npm start runs the workbench in the foreground. Press Ctrl+C in its terminal.",
  };
}

module.exports = { planStart, planStop, isWordInstalled, SIDELOAD_HELP };
