import { describe, expect, it } from 'vitest';
import { bodyOf, emptyPhone, fieldOfPath, keyFromName, valuesOf } from './resource-values';

describe('resource form values', () => {
  it('leaves out empty texts, splits languages and shows a number as typed when no display is given', () => {
    const values = valuesOf(undefined);
    values.texts.name = ' Helpline ';
    values.categories = ['crisis_line'];
    values.languages = 'EN, fr oj';
    values.phones = [{ ...emptyPhone, kind: 'text', dial: '686868', keyword: 'CONNECT' }];
    const body = bodyOf(values);
    expect(body.name).toBe('Helpline');
    expect(body.key).toBe('helpline');
    expect(body.nameFr).toBeUndefined();
    expect(body.languages).toEqual(['en', 'fr', 'oj']);
    expect(body.free).toBeUndefined();
    expect(body.phones).toEqual([{ kind: 'text', dial: '686868', display: '686868', keyword: 'CONNECT', note: undefined, noteFr: undefined }]);
  });

  it('makes a key from a name without accents', () => {
    expect(keyFromName("Jeunesse, J'écoute")).toBe('jeunesse-j-ecoute');
  });

  it('puts a server message on the number’s own field, and a list item’s on its list', () => {
    expect(fieldOfPath('phones.1.dial')).toBe('phones.1.dial');
    expect(fieldOfPath('languages.2')).toBe('languages');
    expect(fieldOfPath('categories')).toBe('categories');
  });
});
