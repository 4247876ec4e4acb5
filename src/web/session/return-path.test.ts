import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
  it.each([
    { why: 'no state', state: null, want: '/' },
    { why: 'a page of the app', state: { from: '/admin/users?x=1' }, want: '/admin/users?x=1' },
    { why: 'another site (protocol-relative)', state: { from: '//evil.example/' }, want: '/' },
    { why: 'an absolute address', state: { from: 'https://evil.example/' }, want: '/' },
    { why: 'a sign-in step would loop', state: { from: '/sign-in/code' }, want: '/' },
    { why: 'not a string', state: { from: 42 }, want: '/' },
  ])('$why', ({ state, want }) => {
    expect(returnPath(state)).toBe(want);
  });
});
