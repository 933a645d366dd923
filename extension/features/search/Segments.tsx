import type { Segment } from '../../../kb/search/excerpt';

/** Highlighted text: hits in <mark>, everything as text nodes. */
export function Segments({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
