// Preloaded into the Prism process the tests start (`node --require exit-on-stdin-eof.js ...`):
// the test process holds the other end of Prism's stdin, so when that process exits (even
// without running destructors, as with a shared server in a `static`), stdin reaches end of
// file and Prism exits too instead of lingering on its port.
"use strict";
const stop = () => process.exit(0);
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.on("error", stop);
process.stdin.resume();
