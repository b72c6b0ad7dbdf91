import { describe, expect, it } from 'vitest';
import { redactSecrets } from './logRedaction.js';

describe('redactSecrets', () => {
  it('hides the token and the member key of a sync URL', () => {
    expect(redactSecrets('/sync/abc.private.xyz?t=SeCrEt-token_1&k=MeMbErKeY')).toBe(
      '/sync/abc.private.xyz?t=[redacted]&k=[redacted]',
    );
  });

  it('hides the presence key of a content room', () => {
    expect(redactSecrets('/sync/abc?t=geheim&pk=PrEsEnCeKeY')).toBe(
      '/sync/abc?t=[redacted]&pk=[redacted]',
    );
  });

  it('hides them inside a JSON log line, wherever they stand in the query', () => {
    const line = JSON.stringify({ url: '/api/boards/b1/harvest?format=csv&t=geheim&table=0' });
    expect(redactSecrets(line)).toBe(
      JSON.stringify({ url: '/api/boards/b1/harvest?format=csv&t=[redacted]&table=0' }),
    );
  });

  it('hides percent-encoded parameters and stops at a fragment or space', () => {
    expect(redactSecrets('next=%2Fb%2Fx%3Ft%3Dgeheim')).toBe('next=%2Fb%2Fx%3Ft%3D[redacted]');
    expect(redactSecrets('GET /b/x?t=geheim#top HTTP/1.1')).toBe(
      'GET /b/x?t=[redacted]#top HTTP/1.1',
    );
  });

  it('leaves other parameters and text alone', () => {
    const text = 'GET /api/boards/b1/harvest?format=markdown&lang=en tot=3 start=1';
    expect(redactSecrets(text)).toBe(text);
  });
});
