// @npskit/core/testing: the contract-test kit for plugin authors.

export { checkSourceContract } from "./checkSourceContract.js";

export type { ContractOptions, ContractReport } from "./checkSourceContract.js";
