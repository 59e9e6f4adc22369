// Flags that let Chromium run headless as root in a sandboxed box without a network: without
// the background-networking ones it floods a closed network with connection attempts. One list
// for the browser tests, the benchmarks and Lighthouse.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
