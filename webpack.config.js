// Builds the task pane and the ribbon commands into dist/.
//   npm run build       production: ADDIN_BASE_URL=https://host/path/ is required (see docs/DEPLOYMENT.md)
//   npm run build:dev   development build, manifest left pointing at https://localhost:3000/
//   npm run dev-server  development build served over HTTPS on port 3000 for sideloading into Word
const path = require("node:path");
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { parseAddinBaseUrl, rewriteManifest, AddinUrlError } = require("./scripts/lib/addin-url.cjs");
const { contentSecurityPolicy, OFFICE_JS_URL } = require("./scripts/lib/csp.cjs");
const { ThirdPartyLicencesPlugin } = require("./scripts/lib/third-party-licences-plugin.cjs");

const DEV_SERVER_PORT = 3000;

/** Packages big enough, and stable enough, to be worth their own long-cached chunk. */
const VENDOR_GROUPS = {
  react: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
  fluent: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|rtl-css-js|stylis|use-sync-external-store)[\\/]/,
};

/** The ES5 message for Internet Explorer and Edge Legacy webviews: copied as it is (no bundling, which would add ES2022). */
const LEGACY_WEBVIEW_SCRIPT = "./src/taskpane/legacy-webview.js";

/** Its name in dist/: hashed in production like every other script, so it can be cached for a year. */
function legacyWebviewScriptName(production) {
  if (!production) return "legacy-webview.js";
  const hash = createHash("sha256").update(readFileSync(path.resolve(__dirname, LEGACY_WEBVIEW_SCRIPT))).digest("hex").slice(0, 8);
  return `legacy-webview.${hash}.js`;
}

function productionSettings() {
  try {
    return parseAddinBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (error) {
    if (error instanceof AddinUrlError) {
      // A stack trace would bury the one thing the reader needs to do.
      console.error(`\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const site = production ? productionSettings() : undefined;
  const legacyWebviewScript = legacyWebviewScriptName(production);

  const page = (template, chunk) =>
    new HtmlWebpackPlugin({
      filename: path.basename(template),
      template,
      chunks: [chunk],
      scriptLoading: "defer",
      inject: "head",
      officeJsUrl: OFFICE_JS_URL,
      legacyWebviewScript,
      contentSecurityPolicy: production ? contentSecurityPolicy(site.origin) : undefined,
    });

  return {
    mode: production ? "production" : "development",
    // Word's webviews are Edge (WebView2), Safari and current browsers. Declaring ES2022 also lets webpack use
    // globalThis instead of its `new Function("return this")` fallback, which a CSP without eval forbids.
    target: ["web", "es2022"],
    // eval-based source maps would need 'unsafe-eval'; production ships no maps at all.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative URLs, so the add-in can live in any folder of the council's host.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
    },
    module: {
      rules: [
        {
          // Our modules do nothing when imported but define things, so webpack may drop whatever a file does not
          // use from a barrel such as src/core/index.ts (otherwise one import of planInsertion pulls in zod).
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src"),
          sideEffects: false,
        },
        {
          test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
          loader: path.resolve(__dirname, "scripts", "lib", "zod-without-eval-loader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundler only strips types.
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: Object.fromEntries(
          Object.entries(VENDOR_GROUPS).map(([name, test], index) => [name, { test, name, priority: 20 - index, reuseExistingChunk: true }]),
        ),
      },
    },
    performance: {
      // The budget that matters is the pane's initial JS, gzip (bench/bundle.bench.mjs, test/build); webpack's
      // raw-size warning says nothing about that.
      hints: false,
    },
    plugins: [
      page("./src/taskpane/taskpane.html", "taskpane"),
      page("./src/commands/commands.html", "commands"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: LEGACY_WEBVIEW_SCRIPT, to: legacyWebviewScript },
          // Published beside the add-in so that a council's profile.json can name it in "$schema" (docs/PROFILES.md).
          { from: "schemas/profile.schema.json", to: "profile.schema.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifest(content.toString(), site.baseUrl) : content),
          },
        ],
      }),
      ...(production ? [new ThirdPartyLicencesPlugin({ title: "ROD Author: third-party software in this build, with its licences." })] : []),
    ],
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          // Everything, assets and manifest included, is served from the build in memory.
          static: false,
          server: { type: "https", options: await devServerOptions() },
        }
      : undefined,
  };
};

async function devServerOptions() {
  const { devServerHttpsOptions } = require("./scripts/lib/dev-certs.cjs");
  const { options } = await devServerHttpsOptions();
  return options;
}
