/**
 * The balance as a picture: a triangle with one corner per value; the filled shape reaches towards each
 * corner as far as that value scores. The weakest side is named in text beside it (the picture is
 * decorative for screen readers; the text carries the meaning).
 */
import { type Balance, VALUE_LABELS, VALUES, type Value } from '../../../kb/weighing/waardendriehoek';

const CORNERS: Record<Value, [number, number]> = {
  betrokkenheid: [100, 14],
  legitimiteit: [14, 170],
  rendement: [186, 170],
};
const CENTER: [number, number] = [100, 118];

export function Triangle({
  balance,
  label,
  labels,
}: {
  balance: Balance;
  label: string;
  labels?: Record<Value, string>;
}) {
  const point = (v: Value) => {
    const s = balance.scores[v] ?? 0;
    const [x, y] = CORNERS[v];
    return `${CENTER[0] + (x - CENTER[0]) * s},${CENTER[1] + (y - CENTER[1]) * s}`;
  };
  const outline = VALUES.map((v) => CORNERS[v].join(',')).join(' ');
  return (
    <figure class="triangle-figure">
      <svg viewBox="0 0 200 190" width="200" height="190" aria-hidden="true" focusable="false">
        <polygon points={outline} fill="none" stroke="currentColor" stroke-width="1.5" />
        <polygon points={VALUES.map(point).join(' ')} class="triangle-fill" />
        {VALUES.map((v) => (
          <text
            key={v}
            x={CORNERS[v][0]}
            y={CORNERS[v][1] + (v === 'betrokkenheid' ? -4 : 16)}
            text-anchor={v === 'legitimiteit' ? 'start' : v === 'rendement' ? 'end' : 'middle'}
            font-size="11"
            fill="currentColor"
            font-weight={balance.weakest === v ? 'bold' : 'normal'}
          >
            {labels?.[v] ?? VALUE_LABELS[v]}
          </text>
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
