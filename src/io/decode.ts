// Bytes → text as records.md says: UTF-8 (or UTF-16 with a BOM) decoded, the
// byte order mark removed, nothing else changed. Binary input is refused.
import { WirecoderError } from './errors.js';

export interface Decoded {
  text: string;
  warnings: string[];
}

export function decode(buf: Buffer, input: string): Decoded {
  const warnings: string[] = [];
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), warnings: ['decoded as UTF-16LE (byte order mark)'] };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), warnings: ['decoded as UTF-16BE (byte order mark)'] };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new WirecoderError('E_BINARY', 'binary file (NUL bytes), skipped', input);
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings };
  } catch {
    warnings.push('invalid UTF-8: bad bytes replaced with U+FFFD');
    return { text: new TextDecoder('utf-8').decode(body), warnings };
  }
}
