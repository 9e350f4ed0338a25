export { PROGRAMS, PROGRAM_AUTHORITIES, lookupProgram, type ProgramAuthority, type ProgramInfo } from './catalogue.js';
