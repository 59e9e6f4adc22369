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
      <div className="image-placeholder" aria-hidden="true">
        <svg
          viewBox="0 0 24 24"
          width="32"
          height="32"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="8.5" cy="10" r="1.5" />
          <path d="M21 16l-5-5-8 8" />
        </svg>
      </div>
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
