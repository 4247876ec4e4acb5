import { describe, expect, it } from 'vitest';
import * as api from '../../core/referrals/documents.schema.js';
import * as web from './document-rules';

describe('the web app’s document rules', () => {
  it('are the API’s', () => {
    expect(web.documentKinds).toEqual(api.documentKinds);
    expect(web.documentMediaTypes).toEqual(api.documentMediaTypes);
    expect(web.maxDocumentMegabytes).toBe(api.maxDocumentMegabytes);
    expect(web.maxDocumentBytes).toBe(api.maxDocumentBytes);
  });
});
