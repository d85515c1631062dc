// Builds and serves the smoke test's task pane for `npm run test:word` (https://localhost:3001/smoke.html),
// with the loaders of the production build so both compile the Word layer the same way.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const productionConfig = require("../../webpack.config.js");
const { OFFICE_JS_URL } = require("../../scripts/lib/csp.cjs");
const { devServerHttpsOptions } = require("../../scripts/lib/dev-certs.cjs");

const PORT = 3001;

module.exports = async (env = {}) => {
  const base = await productionConfig({}, { mode: "development" });
  return {
    mode: "development",
    target: base.target,
    devtool: "source-map",
    entry: { smoke: path.resolve(__dirname, "smoke-pane.ts") },
    output: { path: path.resolve(__dirname, "..", "..", "build", "word-smoke"), filename: "[name].js", publicPath: "auto", clean: true },
    resolve: base.resolve,
    module: base.module,
    plugins: [
      new HtmlWebpackPlugin({
        filename: "smoke.html",
        template: path.resolve(__dirname, "smoke.html"),
        chunks: ["smoke"],
        scriptLoading: "defer",
        inject: "head",
        officeJsUrl: OFFICE_JS_URL,
      }),
      // The manifest's icons.
      new CopyWebpackPlugin({ patterns: [{ from: path.resolve(__dirname, "..", "..", "assets"), to: "assets" }] }),
    ],
    devServer: env.WEBPACK_SERVE
      ? { port: PORT, hot: false, static: false, server: { type: "https", options: (await devServerHttpsOptions()).options } }
      : undefined,
  };
};
