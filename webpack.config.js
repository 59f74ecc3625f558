/**
 * Webpack build for the Office add-in (shape of the `yo office` React TypeScript
 * task-pane template).
 *
 *   npm run build       production build into dist/; manifest URLs rewritten to urlProd
 *   npm run build:dev   development build; manifest keeps https://localhost:3000/
 *   npm run dev-server  https dev server with the office-addin-dev-certs certificate
 */
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const pkg = require("./package.json");

/** Where the dev server serves the add-in; manifest.xml is written with this URL. */
const urlDev = "https://localhost:3000/";
/**
 * Where the production build is deployed. PLACEHOLDER: change it to the real
 * https location (it must end with "/") before deploying `dist/`; a production
 * build rewrites every urlDev in manifest*.xml to this value.
 */
const urlProd = "https://www.contoso.com/";

const devServerPort = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);

async function getHttpsOptions() {
  // Required lazily: only the dev server needs the certificate.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = !!env.WEBPACK_SERVE;
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack tree-shake Fluent UI; tsconfig's commonjs is for node/jest.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      splitChunks: false,
    },
    // The budget that matters is the pane's initial JS gzipped (< 300 KB, printed by
    // `npm run bench`); raw minified size is about 3.5 times that.
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: serving ? await getHttpsOptions() : undefined,
      },
      port: devServerPort,
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
