/** What the HTTP adapter needs to know; the CLI builds it from the environment. */
export interface ServerConfig {
  version: string;
  /** The agency presented before sign-in (slug); none means "the only agency, if there is one". */
  agencySlug?: string | undefined;
  /** Folder of the built web app (index.html); absent or missing shows a hint page. */
  webRoot?: string | undefined;
  /** Log level for pino (`silent` in tests). */
  logLevel?: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and HTTPS detection). */
  trustProxy?: boolean;
  /** Sign-in attempts (password, second factor) allowed per client address per minute. */
  signInRateLimit?: number;
}
