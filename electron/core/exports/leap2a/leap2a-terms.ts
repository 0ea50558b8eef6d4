/**
 * The Leap2A 2010-07 vocabulary this export uses (http://www.leapspecs.org/2A/), spelled the way
 * importers compare it. Mahara finds the version with the XPath `//leap2:version` and matches
 * types, relationships and categories as CURIEs by prefix, so the prefixes `leap2` and
 * `categories` are part of the format, not a style choice.
 */
export const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  leap2: 'http://terms.leapspecs.org/',
  categories: 'http://wiki.leapspecs.org/2A/categories/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

/** The text of `leap2:version`: importers compare it exactly. */
export const LEAP2A_VERSION = 'http://www.leapspecs.org/2010-07/2A/';

/** The file importers look for at the root of the zip. */
export const LEAP2A_XML_PATH = 'leap2a.xml';

/** Item types (`rdf:type`) used here. */
export type LeapType =
  'person' | 'entry' | 'plan' | 'activity' | 'ability' | 'resource' | 'selection';

/** Relationships used here, each written on both ends with its inverse (see INVERSE). */
export type LeapRelation =
  | 'has_part'
  | 'is_part_of'
  | 'reflects_on'
  | 'reflected_on_by'
  | 'has_evidence'
  | 'is_evidence_of'
  | 'supports'
  | 'is_supported_by'
  | 'relation';

export const INVERSE: Record<LeapRelation, LeapRelation> = {
  has_part: 'is_part_of',
  is_part_of: 'has_part',
  reflects_on: 'reflected_on_by',
  reflected_on_by: 'reflects_on',
  has_evidence: 'is_evidence_of',
  is_evidence_of: 'has_evidence',
  supports: 'is_supported_by',
  is_supported_by: 'supports',
  relation: 'relation',
};

/** A category from the Leap2A category schemes (`scheme="categories:<scheme>#"`). */
export interface LeapCategory {
  scheme?: 'person_type' | 'selection_type' | 'resource_type' | 'readiness';
  term: string;
  label?: string;
}
