// Starts a command-line tool with Node directly rather than through its shell shim: on Windows the shims are
// .cmd files, and a shell would split a Word-on-the-web document URL at its "&" characters.
const { spawn } = require("node:child_process");
const { dirname, join } = require("node:path");

/** Runs the bin of an installed package, inheriting the terminal; exits this process with its exit code. */
function runPackageBin(packageName, args) {
  const packageJsonPath = require.resolve(`${packageName}/package.json`);
  const { bin } = require(packageJsonPath);
  const script = typeof bin === "string" ? bin : bin[packageName];
  forward(spawn(process.execPath, [join(dirname(packageJsonPath), script), ...args], { stdio: "inherit" }));
}

/** Runs an npm script with the npm that started us (npm_execpath), falling back to npm on the PATH. */
function runNpmScript(name) {
  const npm = process.env.npm_execpath;
  const child = npm
    ? spawn(process.execPath, [npm, "run", name], { stdio: "inherit" })
    : spawn("npm", ["run", name], { stdio: "inherit", shell: process.platform === "win32" });
  forward(child);
}

function forward(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}

module.exports = { runPackageBin, runNpmScript };
