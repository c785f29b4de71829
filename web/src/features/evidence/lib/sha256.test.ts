import { createHash } from 'node:crypto';
import { Sha256, sha256Hex, toHex } from '@/features/evidence/lib/sha256';

const nodeSha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('hashes a file with Web Crypto', async () => {
    const bytes = new TextEncoder().encode('หลักฐานการดำเนินงาน');
    expect(await sha256Hex(new Blob([bytes]))).toBe(nodeSha(bytes));
  });

  it('falls back to the incremental hash where Web Crypto is missing (plain http)', async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 3).map((_, i) => (i * 7) & 0xff);
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    try {
      expect(await sha256Hex(new Blob([bytes]))).toBe(nodeSha(bytes));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('Sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const hex = (text: string) => toHex(new Sha256().update(new TextEncoder().encode(text)).digest());
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives the same hash however the input is split, at every padding boundary', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 13 + length) & 0xff);
      const split = new Sha256().update(bytes.subarray(0, 7)).update(bytes.subarray(7)).digest();
      expect(toHex(split)).toBe(nodeSha(bytes));
    }
  });
});
