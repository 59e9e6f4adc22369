import type { Paragraph } from '../../../shared/article-schema.ts';

/** Body paragraphs in order, each addressable as #p<n>. Text is rendered as text, never as HTML. */
export function ArticleBody({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="reader-body">
      {paragraphs.map((p) =>
        p.kind === 'heading' ? (
          <h2 key={p.id} id={p.id}>
            {p.text}
          </h2>
        ) : (
          <p key={p.id} id={p.id}>
            {p.text}
          </p>
        ),
      )}
    </div>
  );
}
