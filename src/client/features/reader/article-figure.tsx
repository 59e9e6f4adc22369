import type { ArticleImage } from '../../../shared/article-schema.ts';

/**
 * Scraped text carries no picture, only its caption and credit: a quiet placeholder keeps the
 * page's shape and the credit stays attached to what it credits.
 */
export function ArticleFigure({ image }: { image: ArticleImage }) {
  const credit = [image.credit, image.via ? `via ${image.via}` : null, image.licence]
    .filter(Boolean)
    .join(' · ');
  return (
    <figure className="reader-figure">
      <div className="image-placeholder" aria-hidden="true" />
      <figcaption>
        {image.caption && <span className="caption">{image.caption}</span>}
        {credit && (
          <span className="credit">
            <span className="visually-hidden">Credit: </span>
            {credit}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
