import { describe, expect, test } from 'vitest';
import { starterTextIn } from './starter-texts.ts';

describe("a starter's own words", () => {
  test('stay as they are for an English learner', () => {
    const error = 'Error: TODO(step 2): read the request and print it (see README.md)';
    expect(starterTextIn(error, 'en')).toBe(error);
  });

  test("point a Turkish learner's TODO error at README.tr.md, in Turkish", () => {
    expect(
      starterTextIn('Error: TODO(step 2): read the request and print it (see README.md)', 'tr'),
    ).toBe('Error: TODO(step 2): isteği okuyup yazdırın (README.tr.md dosyasına bakın)');
  });

  test('read in Turkish where a printed line or an error message begins', () => {
    expect(starterTextIn('Listening on http://127.0.0.1:3000', 'tr')).toBe(
      'Dinlenen adres: http://127.0.0.1:3000',
    );
    expect(starterTextIn('Bad request: Malformed request line: "GET /"', 'tr')).toBe(
      'Hatalı istek: Bozuk istek satırı: "GET /"',
    );
  });

  test('leave the same words alone inside a status line or a TODO it does not know', () => {
    expect(starterTextIn('400 Bad Request: the head', 'tr')).toBe('400 Bad Request: the head');
    const unknown = 'TODO(step 2): something new (see README.md)';
    expect(starterTextIn(unknown, 'tr')).toBe(unknown);
  });
});
