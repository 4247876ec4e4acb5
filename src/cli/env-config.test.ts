import { describe, expect, it } from 'vitest';
import { readEnvConfig } from './env-config.js';

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

describe('mail settings', () => {
  it('sends as files by default, through a mail server when PARS_SMTP_URL is set', () => {
    expect(readEnvConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: undefined });
    expect(readEnvConfig({ PARS_SMTP_URL: 'smtps://pars:s3cret@mail.example.org:465', PARS_MAIL_FROM: 'rapports@agence.example.org' })).toMatchObject({
      smtpUrl: 'smtps://pars:s3cret@mail.example.org:465',
      mailFrom: 'rapports@agence.example.org',
    });
    expect(readEnvConfig({ PARS_SMTP_URL: ' smtp://mail.example.org:587 ' }).smtpUrl).toBe('smtp://mail.example.org:587');
  });

  it.each(['https://pars:s3cret@mail.example.org', 'mail.example.org:587', 'smtp://'])('refuses %j as PARS_SMTP_URL without repeating it', (value) => {
    const error = failure(() => readEnvConfig({ PARS_SMTP_URL: value }));
    expect(error).toMatchObject({ code: 'system.config_invalid', params: { name: 'PARS_SMTP_URL' } });
    expect(JSON.stringify(error)).not.toContain('s3cret');
  });

  it.each(['Reports <reports@example.org>', 'reports@example.org\r\nBcc: x@example.org', 'nobody'])('refuses %j as PARS_MAIL_FROM', (value) => {
    expect(failure(() => readEnvConfig({ PARS_MAIL_FROM: value }))).toMatchObject({ code: 'system.config_invalid', params: { name: 'PARS_MAIL_FROM' } });
  });
});
