/** The Leap2A export (ePortfolio interchange, as Mahara imports it); see docs/formats.md. */
export { leap2aEntries, type Leap2aMeta } from './leap2a-entries';
export { exportLeap2aZip } from './export-leap2a-zip';
export { LEAP2A_XML_PATH, LEAP2A_VERSION, NAMESPACES as LEAP2A_NAMESPACES } from './leap2a-terms';
