/**
 * Passwords of 12+ characters that appear near the top of public breach lists, plus patterns
 * people reach for first. Small on purpose: a length rule and this list stop the worst choices
 * without sending anything outside the installation.
 */
export const commonPasswords: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000',
  '123123123123', 'qwertyuiopas', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'password1234', 'password12345', 'password123!', 'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234',
  'passwordpassword', 'iloveyou1234', 'letmein12345', 'welcome12345', 'welcome123!!', 'changeme1234',
  'administrator', 'administrator1', 'abc123456789', 'abcdefghijkl', 'abcd1234abcd', 'aaaaaaaaaaaa',
  'trustno1trustno1', 'football1234', 'baseball1234', 'basketball12', 'sunshine1234', 'princess1234',
  'dragon123456', 'monkey123456', 'superman1234', 'batman123456', 'starwars1234', 'whatever1234',
  'computer1234', 'internet1234', 'qazwsxedcrfv', 'zaq12wsxcde3', 'asdfghjkl123', 'zxcvbnm12345',
  'mypassword12', 'mypassword123', 'secret123456', 'canada123456', 'toronto12345', 'ottawa123456',
  'montreal1234', 'motdepasse12', 'motdepasse123', 'bonjour12345', 'soleil123456', 'azertyuiop12',
  'correcthorsebatterystaple', 'password2024', 'password2025', 'password2026', 'summer2025!!',
  'winter2025!!', 'spring2026!!', 'autumn2026!!', 'january2026!', 'qwerty12345678', 'hockey123456',
]);
