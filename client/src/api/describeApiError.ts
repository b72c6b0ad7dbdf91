import { ApiErrorCode, Language, TITLE_MAX_LENGTH } from '@werkbord/shared';
import type { MessageKey } from '../i18n/nl';
import { translate } from '../i18n/translate';
import { ApiRequestError } from './apiClient';

/** Our text for each of the server's stable error codes (`shared/src/api.ts`). */
const CODE_TEXT: Record<ApiErrorCode, MessageKey> = {
  [ApiErrorCode.BadRequest]: 'error.code.badRequest',
  [ApiErrorCode.InvalidJson]: 'error.code.badRequest',
  [ApiErrorCode.UnsupportedMediaType]: 'error.code.badRequest',
  [ApiErrorCode.PayloadTooLarge]: 'error.code.payloadTooLarge',
  [ApiErrorCode.UnknownWerkvorm]: 'error.code.unknownWerkvorm',
  [ApiErrorCode.DifferentWerkvorm]: 'error.code.differentWerkvorm',
  [ApiErrorCode.InvalidTitle]: 'error.code.invalidTitle',
  [ApiErrorCode.InvalidSettings]: 'error.code.invalidSettings',
  [ApiErrorCode.MissingToken]: 'error.code.missingToken',
  [ApiErrorCode.InvalidToken]: 'error.code.invalidToken',
  [ApiErrorCode.Forbidden]: 'error.code.forbidden',
  [ApiErrorCode.NoParticipantLink]: 'error.code.noParticipantLink',
  [ApiErrorCode.NotFound]: 'error.code.notFound',
  [ApiErrorCode.MethodNotAllowed]: 'error.code.badRequest',
  [ApiErrorCode.Internal]: 'error.code.internal',
  [ApiErrorCode.TooManyRequests]: 'error.code.tooManyRequests',
  [ApiErrorCode.Unavailable]: 'error.code.unavailable',
  // Only `/metrics` asks for a bearer token; the app never calls it.
  [ApiErrorCode.Unauthorized]: 'error.code.forbidden',
};

const isKnownCode = (code: string | null): code is ApiErrorCode =>
  code !== null && Object.hasOwn(CODE_TEXT, code);

/**
 * A failed request as one sentence in the reader's language. The server answers in Dutch with a
 * stable code: Dutch readers get its own sentence (the most precise), English readers our text
 * for the code (with the refused settings in English); a code we do not know yet falls back to
 * the server's sentence, or to a generic one with the status.
 */
export function describeApiError(language: Language, error: unknown): string {
  if (!(error instanceof ApiRequestError)) {
    return translate(language, 'error.unexpected', { status: '?' });
  }
  if (error.isNetworkError) return translate(language, 'error.network');
  const { code, serverMessage, status } = error;
  if (language === Language.Dutch && serverMessage) return serverMessage;
  if (isKnownCode(code)) {
    const text = translate(language, CODE_TEXT[code], { max: TITLE_MAX_LENGTH });
    const fields = error.fields.map((field) => field.message[language]);
    return [text, ...fields].join(' ');
  }
  if (status === 429) return translate(language, 'error.code.tooManyRequests');
  return serverMessage ?? translate(language, 'error.unexpected', { status });
}
