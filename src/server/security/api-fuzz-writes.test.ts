import { describeApiFuzz } from '../testing/api-fuzz.js';

/** API fuzz of the state changes: 1,000 requests per POST/PUT/DELETE route drawn from its zod schemas; no 5xx, no leak (testing/api-fuzz.ts). */
describeApiFuzz('API fuzz: state changes', (route) => route.method !== 'GET', 60);
