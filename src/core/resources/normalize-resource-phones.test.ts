import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.js';
import { normalizeDial, normalizeResourcePhones } from './normalize-resource-phones.js';

describe('a resource number as typed', () => {
  it.each([
    ['voice', '1 (866) 863-0511', '+18668630511'],
    ['voice', '(416) 408-4357', '+14164084357'],
    ['voice', '416.929.5200', '+14169295200'],
    ['tty', '1-866-863-7868', '+18668637868'],
    ['voice', '+33 1 42 68 53 00', '+33142685300'],
    ['voice', '211', '211'],
    ['voice', '9-8-8', '988'],
    ['text', '686868', '686868'],
    ['text', '45 645', '45645'],
    ['text', '416-555-0199', '+14165550199'],
    ['fax', '416 555 0199', '+14165550199'],
  ] as const)('%s %s is dialled as %s', (kind, written, dial) => {
    expect(normalizeDial(kind, written)).toEqual({ dial });
  });

  it.each([
    ['voice', '408-4357', 'resource_phone'],
    ['voice', '416-408-435', 'resource_phone'],
    ['voice', '12', 'resource_phone'],
    ['voice', '1-800-FLOWERS', 'resource_phone_letters'],
    ['text', 'CONNECT', 'resource_phone_letters'],
    ['text', '1234567', 'resource_text_number'],
    ['fax', '211', 'resource_fax'],
  ] as const)('%s %s is refused (%s)', (kind, written, reason) => {
    expect(normalizeDial(kind, written)).toEqual({ reason });
  });

  it('reports each problem at its field, with a message that says what to write in English and French', () => {
    const { phones, issues } = normalizeResourcePhones(
      [
        { kind: 'voice', dial: '(416) 408-4357', display: '(416) 408-4357' },
        { kind: 'voice', dial: '408-4357', display: '408-4357', keyword: 'HELLO' },
      ],
      'body.phones',
    );
    expect(phones[0]!.dial).toBe('+14164084357');
    expect(issues).toEqual([
      { path: 'body.phones.1.dial', code: 'custom', params: { reason: 'resource_phone' } },
      { path: 'body.phones.1.keyword', code: 'custom', params: { reason: 'resource_keyword_text_only' } },
    ]);
    expect(translate('en-CA', 'validation.custom', { reason: 'resource_phone' })).toBe(
      'Enter a phone number with its area code, such as 1-866-863-0511 or (416) 408-4357 (with the country code if outside North America), or a short number of 3 to 6 digits such as 211.',
    );
    expect(translate('fr-CA', 'validation.custom', { reason: 'resource_text_number' })).toBe(
      'Entrez le numéro auquel texter : un code abrégé de 3 à 6 chiffres comme 686868, ou un numéro de téléphone avec son indicatif régional comme (416) 555-0199.',
    );
  });
});
