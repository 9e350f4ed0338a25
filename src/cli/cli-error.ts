/** A usage or input error the CLI reports in one line, exiting 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
