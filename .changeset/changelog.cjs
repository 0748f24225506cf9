// The changelog functions `changeset version` uses (see "changelog" in config.json): changesets' own
// release lines, and one line per release for the dependencies it updates, where the default repeats
// "Updated dependencies" once per changeset behind them.
const defaults = require("@changesets/cli/changelog").default;

module.exports = {
  getReleaseLine: defaults.getReleaseLine,
  /** @param {unknown[]} _changesets @param {{ name: string, newVersion: string }[]} dependencies */
  async getDependencyReleaseLine(_changesets, dependencies) {
    if (dependencies.length === 0) return "";
    const list = dependencies.map((dependency) => `${dependency.name}@${dependency.newVersion}`);
    return `- Updated dependencies: ${list.join(", ")}`;
  },
};
