import { ApiErrorCode, Language } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './apiClient';
import { describeApiError } from './describeApiError';

const refused = (code: string, message: string, status = 400) =>
  new ApiRequestError(status, code, message);

describe('describeApiError', () => {
  it('shows the server’s Dutch sentence to Dutch readers', () => {
    const error = refused(
      ApiErrorCode.InvalidToken,
      'Deze link geeft geen toegang tot dit bord.',
      403,
    );
    expect(describeApiError(Language.Dutch, error)).toBe(
      'Deze link geeft geen toegang tot dit bord.',
    );
  });

  it('maps every code to English for English readers, never the Dutch sentence', () => {
    for (const code of Object.values(ApiErrorCode)) {
      const text = describeApiError(Language.English, refused(code, 'Een Nederlandse zin.'));
      expect(text, code).not.toContain('Nederlandse');
      expect(text.length, code).toBeGreaterThan(10);
    }
    expect(describeApiError(Language.English, refused(ApiErrorCode.InvalidToken, 'x', 403))).toBe(
      'This link does not give access to this board. Ask the facilitator for a new link.',
    );
    expect(describeApiError(Language.English, refused(ApiErrorCode.InvalidTitle, 'x'))).toBe(
      'Give the board a title of 1 to 120 characters.',
    );
    expect(
      describeApiError(Language.English, refused(ApiErrorCode.Unavailable, 'Even niet.', 503)),
    ).toBe('The board cannot be reached right now. Please try again shortly.');
  });

  it('lists refused settings in the reader’s language', () => {
    const error = new ApiRequestError(400, ApiErrorCode.InvalidSettings, 'De instellingen…', [
      { field: 'rings', message: { nl: 'Kies 2 tot 5 ringen.', en: 'Choose 2 to 5 rings.' } },
    ]);
    expect(describeApiError(Language.English, error)).toBe(
      'The settings are not right. Choose 2 to 5 rings.',
    );
  });

  it('falls back for a code it does not know: a limit by status, else the server’s sentence', () => {
    const limited = refused('too_many_attempts', 'Te veel pogingen.', 429);
    expect(describeApiError(Language.English, limited)).toBe(
      'Too many attempts in a row. Wait a moment and try again.',
    );
    expect(describeApiError(Language.English, refused('something_new', 'Iets nieuws.', 409))).toBe(
      'Iets nieuws.',
    );
    expect(describeApiError(Language.English, new ApiRequestError(502, null, null))).toBe(
      'Something went wrong (error code 502). Please try again later.',
    );
  });

  it('tells a network failure apart', () => {
    expect(describeApiError(Language.Dutch, new ApiRequestError(0, null, null))).toMatch(
      /^Geen verbinding/,
    );
  });
});
