// What an app that only creates a client pulls in; measured by size-limit (see .size-limit.json).
import { createDistributionsClient } from "../dist/index.js";

console.log(createDistributionsClient);
