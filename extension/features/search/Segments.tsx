import { useEffect, useRef, useState } from 'preact/hooks';
import type { Segment } from '../../../kb/search/excerpt';
import type { DetailedHit } from '../../../kb/search/search';
import { EXCERPTS_ON_SCREEN } from '../../../kb/search/search-options';

/** Highlighted text: hits in <mark>, everything as text nodes. */
export function Segments({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/**
 * A hit's excerpt, built only once the hit is on (or near) the screen: building excerpts is most of a
 * keystroke's cost, and most of the 30 hits are never scrolled to.
 */
export function HitExcerpt({ hit, position }: { hit: DetailedHit; position: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [seen, setSeen] = useState(position < EXCERPTS_ON_SCREEN);
  useEffect(() => {
    if (seen) return;
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          io.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [seen]);
  return (
    <span class="excerpt" ref={ref}>
      {seen ? <Segments segments={hit.excerpt} /> : hit.entry.samenvatting.slice(0, 120)}
    </span>
  );
}
