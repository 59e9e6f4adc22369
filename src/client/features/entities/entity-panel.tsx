import type { Entity, EntityType } from '../../../shared/article-schema.ts';
import { entityLabel, TYPE_NAMES } from '../../lens/entity-label.ts';

const ORDER: EntityType[] = ['person', 'organization', 'place', 'other'];

type Props = {
  entities: Entity[];
  activeIds: string[];
  onToggle: (entityId: string) => void;
};

/**
 * Every entity, grouped by type, main actors first (salience), with mention counts. Each entry
 * is a toggle button: pressing several combines them into one lens.
 */
export function EntityPanel({ entities, activeIds, onToggle }: Props) {
  const groups = ORDER.map((type) => ({
    type,
    members: entities
      .filter((e) => e.type === type)
      .toSorted((a, b) => b.salience - a.salience || a.name.localeCompare(b.name)),
  })).filter((g) => g.members.length > 0);

  return (
    <section className="panel entity-panel" aria-labelledby="entities-title">
      <h2 id="entities-title">Entities</h2>
      {groups.length === 0 && (
        <p className="panel-empty">No people, organisations or places were found.</p>
      )}
      {groups.map(({ type, members }) => (
        <div key={type} className="entity-group">
          <h3 id={`entities-${type}`}>{TYPE_NAMES[type].plural}</h3>
          <ul aria-labelledby={`entities-${type}`}>
            {members.map((entity) => {
              const pressed = activeIds.includes(entity.id);
              return (
                <li key={entity.id}>
                  <button
                    type="button"
                    className="entity-chip"
                    data-type={entity.type}
                    aria-pressed={pressed}
                    aria-label={entityLabel(entity)}
                    onClick={() => onToggle(entity.id)}
                  >
                    <span className="type-glyph" aria-hidden="true" />
                    <span className="entity-name">{entity.name}</span>
                    <span className="entity-count" aria-hidden="true">
                      {entity.mentions.length}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
