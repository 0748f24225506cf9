import { bundle } from "./bundle.js";

export default bundle("esm", true);
