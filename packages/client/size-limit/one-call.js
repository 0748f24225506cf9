// What size-limit measures (see .size-limit.js): an app that creates a client and makes one call.
import { createDistributionsClient } from "../dist/index.js";

const client = createDistributionsClient();
client.distributionsSnapshot().then(({ iterable }) => console.log(iterable.length));
