import { bundle } from "./bundle.js";

export default bundle("iife", false);
