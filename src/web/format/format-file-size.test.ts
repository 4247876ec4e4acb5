import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { formatFileSize } from './format-file-size';

const en = createIntl({ locale: 'en-CA', messages: messages['en-CA'] });
const fr = createIntl({ locale: 'fr-CA', messages: messages['fr-CA'] });

describe('formatFileSize', () => {
  it.each([
    [90, '0.1 KB', '0,1 Ko'],
    [5_000, '4.9 KB', '4,9 Ko'],
    [12_800, '13 KB', '13 Ko'],
    [307_200, '300 KB', '300 Ko'],
    [3_355_443, '3.2 MB', '3,2 Mo'],
    [10 * 1024 * 1024, '10 MB', '10 Mo'],
  ])('%i bytes → %s / %s', (bytes, english, french) => {
    expect(formatFileSize(en, bytes)).toBe(english);
    expect(formatFileSize(fr, bytes).replace(/\u00a0|\u202f/g, ' ')).toBe(french);
  });
});
