import defaultProgramJson from './default-program.json';
import { programTemplateSchema, type ProgramTemplate } from './template-schema';

/** The built-in program (a recent cohort's sessions, assignments and both frameworks), validated once. */
export const DEFAULT_PROGRAM: ProgramTemplate = programTemplateSchema.parse(defaultProgramJson);
