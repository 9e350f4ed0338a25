import { ENTITY_REF_PROPERTIES, entityId, type Entity } from '../model/index.js';
import type { Store } from '../store/index.js';
import { toEntityResponse } from './entity-response.js';
import type { EntityResponse } from './schemas/common.js';

/**
 * The entities around one entity, grouped by property as FtM names them: the entities its
 * entity-valued properties point at (under that property), and the records and links that point
 * at it (under FtM's reverse property: a Sanction's `entity` -> `sanctions`, an Ownership's
 * `asset` -> `ownershipAsset`). Each neighbour's own references are filled in one level deep, so
 * that a link shows who is at its other end.
 * @module
 */

/** FtM's reverse property names, by schema and the property that points at the entity. */
const REVERSE_PROPERTIES: Record<string, Record<string, string>> = {
  Sanction: { entity: 'sanctions' },
  Identification: { holder: 'identification' },
  Passport: { holder: 'identification' },
  Address: { addressEntity: 'things' },
  Ownership: { owner: 'ownershipOwner', asset: 'ownershipAsset' },
  Directorship: { director: 'directorshipDirector', organization: 'directorshipOrganization' },
  Membership: { member: 'membershipMember', organization: 'membershipOrganization' },
  Employment: { employee: 'employers', employer: 'employees' },
  Family: { person: 'familyPerson', relative: 'familyRelative' },
  Associate: { person: 'associates', associate: 'associations' },
  UnknownLink: { subject: 'unknownLinkSubject', object: 'unknownLinkObject' },
  Representation: { agent: 'agencyClient', client: 'agentRepresentation' },
  Succession: { predecessor: 'successors', successor: 'predecessors' },
  Occupancy: { holder: 'positionOccupancies', post: 'occupancies' },
  Payment: { payer: 'paymentPayer', beneficiary: 'paymentBeneficiary' },
};

/** FtM's name for the reverse of `schema.property`; unknown pairs follow FtM's pattern (`unknownLinkObject`). */
export function reversePropertyName(schema: string, property: string): string {
  return REVERSE_PROPERTIES[schema]?.[property] ?? `${schema.charAt(0).toLowerCase()}${schema.slice(1)}${property.charAt(0).toUpperCase()}${property.slice(1)}`;
}

/** An entity with its entity-valued properties (except those pointing at `skip`) replaced by the entities. */
async function fillReferences(store: Store, entity: Entity, skip: string): Promise<EntityResponse> {
  const response = toEntityResponse(entity);
  const properties: EntityResponse['properties'] = { ...entity.properties };
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (!ENTITY_REF_PROPERTIES.has(prop)) continue;
    properties[prop] = await Promise.all(
      values.map(async (id) => {
        const target = id === skip ? undefined : await store.entity(entityId(id));
        return target ? toEntityResponse(target) : id;
      }),
    );
  }
  return { ...response, properties };
}

/** The neighbours of an entity by property name, each list in id order. */
export async function adjacentEntities(store: Store, entity: Entity): Promise<Map<string, EntityResponse[]>> {
  const groups = new Map<string, EntityResponse[]>();
  const add = (prop: string, value: EntityResponse): void => {
    const list = groups.get(prop) ?? [];
    if (!list.some((e) => e.id === value.id)) list.push(value);
    groups.set(prop, list);
  };
  for (const [prop, values] of Object.entries(entity.properties)) {
    if (!ENTITY_REF_PROPERTIES.has(prop)) continue;
    for (const id of values) {
      const target = await store.entity(entityId(id));
      if (target) add(prop, await fillReferences(store, target, entity.id));
    }
  }
  for (const other of await store.referencing(entity.id)) {
    for (const [prop, values] of Object.entries(other.properties)) {
      if (ENTITY_REF_PROPERTIES.has(prop) && values.includes(entity.id)) {
        add(reversePropertyName(other.schema, prop), await fillReferences(store, other, entity.id));
      }
    }
  }
  return groups;
}

/** yente's `nested=true`: the entity with its neighbours in place of ids and under the reverse properties. */
export async function nestedEntity(store: Store, entity: Entity): Promise<EntityResponse> {
  const response = toEntityResponse(entity);
  const properties: EntityResponse['properties'] = { ...entity.properties };
  for (const [prop, neighbours] of await adjacentEntities(store, entity)) {
    if (ENTITY_REF_PROPERTIES.has(prop)) {
      // Forward references: ids that resolve become entities, the rest stay ids.
      properties[prop] = (entity.properties[prop] ?? []).map((id) => neighbours.find((n) => n.id === id) ?? id);
    } else {
      properties[prop] = [...(properties[prop] ?? []), ...neighbours];
    }
  }
  return { ...response, properties };
}
