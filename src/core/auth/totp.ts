import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** A new TOTP secret (160 bits, base32) for an authenticator app. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth URI and its QR code (SVG data URL) that an authenticator app scans. */
export async function enrolmentCode(secret: string, account: string): Promise<{ uri: string; qrCode: string }> {
  const uri = generateURI({ issuer: 'PARS', label: account, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Checks a 6-digit code, allowing one 30-second step of clock drift either way. A code whose
 * time step is not after the last one used is refused, so a code cannot be replayed.
 */
export async function checkTotp(secret: string, code: string, now: Date, lastUsedStep: number | null): Promise<number | undefined> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  }).catch(() => undefined);
  return result && result.valid && 'timeStep' in result ? Number(result.timeStep) : undefined;
}
