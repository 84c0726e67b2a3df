// @npskit/core/testing: the contract-test kit for plugin authors.

export type { ContractOptions, ContractReport } from "./checkSourceContract.js";
export { checkSourceContract } from "./checkSourceContract.js";
export type { CollectedSource, CollectOptions } from "./collectSource.js";
export { collectSource } from "./collectSource.js";
