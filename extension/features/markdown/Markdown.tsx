/** Renders kb/markdown's safe node tree as Preact elements: no HTML string is ever parsed. */
import type { MdBlock, MdInline } from '../../../kb/content/markdown';
import { parseMarkdown } from '../../../kb/content/markdown';
import { Highlight } from './highlight';

function Inline({ nodes }: { nodes: MdInline[] }) {
  return (
    <>
      {nodes.map((n, i) => {
        switch (n.t) {
          case 'text':
            return <Highlight key={i} text={n.text} />;
          case 'strong':
            return (
              <strong key={i}>
                <Inline nodes={n.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <Inline nodes={n.children} />
              </em>
            );
          case 'del':
            return (
              <del key={i}>
                <Inline nodes={n.children} />
              </del>
            );
          case 'code':
            return <code key={i}>{n.text}</code>;
          case 'br':
            return <br key={i} />;
          case 'link':
            return (
              <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
                <Inline nodes={n.children} />
              </a>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

function Blocks({ nodes }: { nodes: MdBlock[] }) {
  return (
    <>
      {nodes.map((b, i) => {
        switch (b.t) {
          case 'p':
            return (
              <p key={i}>
                <Inline nodes={b.children} />
              </p>
            );
          case 'h':
            // Entry text sits under the entry's h2 and its sections' h3: its own headings are h4.
            return (
              <h4 key={i}>
                <Inline nodes={b.children} />
              </h4>
            );
          case 'list': {
            const L = b.ordered ? 'ol' : 'ul';
            return (
              <L key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Blocks nodes={item} />
                  </li>
                ))}
              </L>
            );
          }
          case 'quote':
            return (
              <blockquote key={i}>
                <Blocks nodes={b.children} />
              </blockquote>
            );
          case 'pre':
            return <pre key={i}>{b.text}</pre>;
          case 'hr':
            return <hr key={i} />;
          case 'table':
            return (
              <table key={i}>
                <thead>
                  <tr>
                    {b.header.map((c, j) => (
                      <th key={j}>
                        <Inline nodes={c} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {b.rows.map((r, j) => (
                    <tr key={j}>
                      {r.map((c, k) => (
                        <td key={k}>
                          <Inline nodes={c} />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          default:
            return null;
        }
      })}
    </>
  );
}

export function Markdown({ source }: { source: string }) {
  return <Blocks nodes={parseMarkdown(source)} />;
}
