import { Link } from 'react-router';
import type { DateMention } from '../../../shared/article-schema.ts';
import { capitalise, describeTimex } from './timex.ts';

export type TimelineItem = { date: DateMention; excerpt: string; href: string; selected: boolean };

type Props = { items: TimelineItem[]; total: number; lensNames: string[] };

/** Largest gap drawn between two dots, and how fast gaps grow with time. */
const MAX_GAP_REM = 3;

/**
 * The mentioned dates in chronological order. Dates whose year is known come first, spaced by
 * time; dates without a year follow in the article's order, under their own heading, because
 * placing them on the axis would be a guess.
 */
export function Timeline({ items, total, lensNames }: Props) {
  const described = items.map((item) => ({ ...item, info: describeTimex(item.date.value) }));
  const known = described
    .filter((d) => d.info.position !== null)
    .toSorted((a, b) => a.info.position! - b.info.position!);
  const unknown = described.filter((d) => d.info.position === null);

  return (
    <section className="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      {lensNames.length > 0 && total > 0 && (
        <p className="panel-note">
          {items.length} of {total} {total === 1 ? 'date involves' : 'dates involve'}{' '}
          {lensNames.join(' and ')}
        </p>
      )}
      {items.length === 0 ? (
        <p className="panel-empty">
          {total === 0 ? 'This article mentions no dates.' : 'No dates involve this lens.'}
        </p>
      ) : (
        <ol className="timeline-list" aria-labelledby="timeline-title">
          {known.map((item, i) => {
            const previous = known[i - 1];
            const years = previous ? item.info.position! - previous.info.position! : 0;
            const gap = Math.min(MAX_GAP_REM, Math.log2(1 + years * 12) * 0.5);
            return (
              <TimelineEntry key={item.date.id} item={item} label={item.info.label} gapRem={gap} />
            );
          })}
          {unknown.map((item, i) => (
            <TimelineEntry
              key={item.date.id}
              item={item}
              label={item.info.label}
              gapRem={0}
              firstUnknown={i === 0 && known.length > 0}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function TimelineEntry({
  item,
  label,
  gapRem,
  firstUnknown = false,
}: {
  item: TimelineItem;
  label: string;
  gapRem: number;
  firstUnknown?: boolean;
}) {
  return (
    <li
      className="timeline-item"
      data-year-known={item.date.value.startsWith('XXXX') ? 'false' : 'true'}
      data-first-unknown={firstUnknown || undefined}
      data-selected={item.selected || undefined}
      aria-current={item.selected || undefined}
      // A step, not an inline style: prerendered style attributes would break the strict CSP.
      data-gap={gapRem > 0 ? Math.min(6, Math.round(gapRem * 2)) : undefined}
    >
      <span className="timeline-dot" aria-hidden="true" />
      <p className="timeline-label">{capitalise(label)}</p>
      <p className="timeline-excerpt">{item.excerpt}</p>
      <Link to={item.href} className="in-text" preventScrollReset aria-label={`In text: ${label}`}>
        In text
      </Link>
    </li>
  );
}
