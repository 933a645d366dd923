/**
 * A small, dependency-free 64-bit checksum (16 hex digits): two 32-bit FNV-1a runs with different offsets
 * over the UTF-16 code units of a string. For content and pack checksums: it detects change and
 * corruption, not tampering.
 */
export function fnv1a64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ (c * 31 + 7), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
