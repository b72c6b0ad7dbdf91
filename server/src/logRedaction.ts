/**
 * Secrets travel in URLs: a board link's token (`?t=`), a member key (`&k=`) and a presence key
 * (`&pk=`, see `shared/src/presenceKey.ts`). Every log line
 * passes through `redactSecrets` just before it is written (see `log.ts`), so no request URL,
 * upgrade URL or error message that quotes one can put a secret in the logs.
 */

/** Query parameters whose values are secrets. */
export const SECRET_QUERY_PARAMETERS = ['t', 'k', 'pk'] as const;

export const REDACTED = '[redacted]';

// `?t=`, `&k=`, also percent-encoded (`%3Ft%3D`); the value runs to the next parameter, fragment,
// whitespace or the end of the JSON string.
const SECRET_VALUE = new RegExp(
  `((?:[?&]|%3f|%26)(?:${SECRET_QUERY_PARAMETERS.join('|')})(?:=|%3d))[^&#\\s"\\\\]*`,
  'gi',
);

/** `text` with the value of every secret query parameter replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_VALUE, `$1${REDACTED}`);
}
