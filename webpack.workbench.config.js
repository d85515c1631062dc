// Builds the workbench into build/workbench/: a page with a simulated Word document on the left and the
// real task pane on the right. Development only; the production build (webpack.config.js) and the manifest
// never reference it.
//   npm run build:workbench          build it
//   npm run workbench                build it, serve it on http://localhost:3100 and rebuild on changes
//
// The pane is built from the same entry (src/taskpane/index.tsx) and page template as in production, with
// the same loaders, which are taken from webpack.config.js so the two builds cannot drift apart. The one
// difference: where production loads office.js from Microsoft's CDN, this page loads office-shim.js, which
// hands the pane the workbench's simulated Word. Nothing is fetched from the internet.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const productionConfig = require("./webpack.config.js");

const OUTPUT = path.resolve(__dirname, "build", "workbench");
const SHIM = "office-shim";

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  // Building the production config's development variant only computes the object; it starts nothing.
  const base = await productionConfig({}, { mode: "development" });
  return {
    mode,
    target: base.target,
    devtool: mode === "production" ? false : "source-map",
    entry: {
      workbench: "./src/workbench/index.ts",
      [SHIM]: "./src/workbench/office-shim.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : OUTPUT,
      filename: "[name].js",
      chunkFilename: "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: base.resolve,
    module: {
      rules: [
        ...base.module.rules,
        // The built-in documents are the seed records, bundled as text.
        { test: /\.(md|txt)$/, type: "asset/source" },
      ],
    },
    optimization: {
      // The shim must run on its own, before the pane's scripts: it shares no chunk with anything.
      splitChunks: { chunks: (chunk) => chunk.name !== SHIM },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
        scriptLoading: "defer",
        inject: "head",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        inject: "head",
        officeJsUrl: `${SHIM}.js`,
      }),
    ],
  };
};
