/** What every command writes to: standard output and standard error (a test passes its own). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Today's date as YYYY-MM-DD (UTC), the date every command stamps and compares with. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
