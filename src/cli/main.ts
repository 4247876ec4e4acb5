import { main } from './program.js';

const code = await main(process.argv);
// `serve` keeps running on its listening socket; other commands end here.
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
