import { bundle } from "./bundle.js";

export default bundle("esm", false, { tables: "every-feature.ts" });
