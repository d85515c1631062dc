// A webpack loader for zod's util module: zod probes whether it may compile validators with `new Function`
// (inside try/catch) before validating an object. The pane's Content-Security-Policy forbids eval, so the probe
// would only fail, and be reported as a policy violation; in the web build it simply answers "no", and zod
// validates without compiling, as it does whenever eval is unavailable. The build stops if zod's code changes
// shape, so this is looked at again rather than silently skipped.
const PROBE = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;

module.exports = function zodWithoutEval(source) {
  if (!PROBE.test(source)) {
    throw new Error("zod's eval probe (v4/core/util.js, allowsEval) has changed: update scripts/lib/zod-without-eval-loader.cjs.");
  }
  return source.replace(PROBE, "return false;");
};
