/**
 * A batch file that cannot be read or written, or an option that does not fit it, named in the
 * message. The CLI prints it as a usage error (exit 2); the API answers it as a 400.
 */
export class BatchFileError extends Error {
  override readonly name = 'BatchFileError';
}
