import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StreamPolicy } from '../../../core/programs/stream-policy.js';
import { choicePrefix, policyFields } from './policy-fields';

/** The schema inside a setting's default. */
function inner(name: string): z.ZodType {
  const field = StreamPolicy.shape[name as keyof typeof StreamPolicy.shape] as unknown as z.ZodDefault<z.ZodType>;
  return field.unwrap();
}

describe('the stream policy form', () => {
  it('shows every setting of the server’s policy, once', () => {
    expect(policyFields.map((field) => field.name).sort()).toEqual(Object.keys(StreamPolicy.shape).sort());
  });

  it.each(policyFields.map((field) => [field.name, field] as const))('%s has the server’s kind and bounds', (name, field) => {
    const schema = inner(name);
    if (field.kind === 'boolean') expect(schema).toBeInstanceOf(z.ZodBoolean);
    if (field.kind === 'choice') expect((schema as z.ZodEnum).options).toEqual(field.options);
    if (field.kind === 'number' || field.kind === 'cents') {
      expect(schema).toBeInstanceOf(z.ZodNumber);
      expect({ min: (schema as z.ZodNumber).minValue, max: (schema as z.ZodNumber).maxValue }).toEqual({ min: field.min, max: field.max });
    }
  });
});

describe('the stream policy form’s words', () => {
  it.each(policyFields.map((field) => field.name))('%s has a label and a help text in both languages', async (name) => {
    const { messages } = await import('../../i18n/messages');
    for (const locale of ['en-CA', 'fr-CA'] as const) {
      expect(messages[locale]).toHaveProperty([`policy.field.${name}`]);
      expect(messages[locale]).toHaveProperty([`policy.help.${name}`]);
    }
  });

  it.each(policyFields.flatMap((field) => (field.kind === 'choice' ? field.options.map((option) => [field.name, option] as const) : [])))(
    '%s offers %s with words',
    async (name, option) => {
      const { messages } = await import('../../i18n/messages');
      expect(messages['en-CA']).toHaveProperty([`${choicePrefix[name]}.${option}`]);
    },
  );
});
