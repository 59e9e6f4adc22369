import type { Entity, EntityType } from '../../shared/article-schema.ts';

export const TYPE_NAMES: Record<EntityType, { singular: string; plural: string }> = {
  person: { singular: 'person', plural: 'People' },
  organization: { singular: 'organisation', plural: 'Organisations' },
  place: { singular: 'place', plural: 'Places' },
  other: { singular: 'other', plural: 'Other' },
};

/** "Claudia Sheinbaum, person, 6 mentions": the accessible name of every control for an entity. */
export function entityLabel(entity: Entity): string {
  const count = entity.mentions.length;
  return `${entity.name}, ${TYPE_NAMES[entity.type].singular}, ${count} mention${count === 1 ? '' : 's'}`;
}
