// The workbench bundles the seed records as text (webpack.workbench.config.js: asset/source).
declare module "*.md" {
  const text: string;
  export default text;
}

declare module "*.txt" {
  const text: string;
  export default text;
}
