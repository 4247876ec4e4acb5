import { describeApiFuzz } from '../testing/api-fuzz.js';

/** API fuzz of the reads: 1,000 requests per GET route drawn from its zod schemas; no 5xx, no leak (testing/api-fuzz.ts). */
describeApiFuzz('API fuzz: reads', (route) => route.method === 'GET', 50);
