import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { messages } from '../i18n/messages';
import { problemFromError, problemFromFields } from './form-problem';

const intl = createIntl({ locale: 'fr-CA', messages: messages['fr-CA'] });

describe('problemFromError', () => {
  it('keeps the server’s translated detail and puts each field message on its field', () => {
    const error = ApiError.fromProblem(400, {
      code: 'request.invalid',
      detail: '2 champs demandent votre attention',
      errors: [
        { path: 'body.email', code: 'invalid_format', message: 'Adresse invalide.' },
        { path: 'body.roles.0', code: 'invalid_value', message: 'Rôle inconnu.' },
        { path: 'query.subjectId', code: 'required', message: 'Ce champ est obligatoire.' },
      ],
    });
    expect(problemFromError(error, intl)).toEqual({
      summary: '2 champs demandent votre attention',
      fields: { email: 'Adresse invalide.', roles: 'Rôle inconnu.', subjectId: 'Ce champ est obligatoire.' },
    });
  });

  it('puts a one-field code’s detail on that field', () => {
    const error = ApiError.fromProblem(409, { code: 'users.email_taken', detail: 'Courriel déjà utilisé.' });
    expect(problemFromError(error, intl, { 'users.email_taken': 'email' }).fields).toEqual({ email: 'Courriel déjà utilisé.' });
  });

  it('says in the reader’s language when the server could not be reached', () => {
    expect(problemFromError(new ApiError('network'), intl).summary).toBe(messages['fr-CA']['error.network']);
  });
});

describe('problemFromFields', () => {
  it('is undefined when every field is right', () => {
    expect(problemFromFields({ email: undefined }, intl)).toBeUndefined();
  });

  it('counts the fields to correct', () => {
    const problem = problemFromFields({ email: 'a', password: 'b', agency: undefined }, intl);
    expect(problem?.summary).toMatch(/^2 champs demandent votre attention/);
  });
});
