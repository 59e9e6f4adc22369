import type { Entity } from '../../../shared/article-schema.ts';
import type { LensMatch } from '../../lens/lens-state.ts';

type Props = {
  lens: Entity[];
  match: LensMatch;
  hideOthers: boolean;
  paragraphsIn: number;
  paragraphsTotal: number;
  onRemove: (entityId: string) => void;
  onMatch: (match: LensMatch) => void;
  onHideOthers: (hide: boolean) => void;
  onClear: () => void;
};

/** What the lens is, in words, and the controls to change or clear it. */
export function LensBar({
  lens,
  match,
  hideOthers,
  paragraphsIn,
  paragraphsTotal,
  onRemove,
  onMatch,
  onHideOthers,
  onClear,
}: Props) {
  if (lens.length === 0) return null;
  return (
    <section className="lens-bar" aria-label="Lens">
      <p className="lens-summary">
        Showing {paragraphsIn} of {paragraphsTotal} paragraphs that mention{' '}
        {lens.length > 1 ? (match === 'all' ? 'all of' : 'any of') : ''}
      </p>
      <ul className="lens-chips">
        {lens.map((entity) => (
          <li key={entity.id}>
            <button
              type="button"
              className="lens-chip"
              data-type={entity.type}
              onClick={() => onRemove(entity.id)}
              aria-label={`Remove ${entity.name} from the lens`}
            >
              {entity.name} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="lens-controls">
        {lens.length > 1 && (
          <fieldset className="lens-match">
            <legend>Match</legend>
            {(['all', 'any'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="lens-match"
                  value={value}
                  checked={match === value}
                  onChange={() => onMatch(value)}
                />
                {value === 'all' ? 'all of them' : 'any of them'}
              </label>
            ))}
          </fieldset>
        )}
        <label className="lens-hide">
          <input
            type="checkbox"
            checked={hideOthers}
            onChange={(event) => onHideOthers(event.target.checked)}
          />
          Hide other paragraphs
        </label>
        <button type="button" className="lens-clear" onClick={onClear}>
          Clear lens <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
    </section>
  );
}
