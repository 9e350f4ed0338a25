/**
 * Why one row of a batch file was not screened. Each issue names the file and the 1-based line
 * where the row starts; the rest of the file is screened regardless.
 */
export type RowIssue =
  | { code: 'field-count'; file: string; line: number; expected: number; got: number }
  | { code: 'malformed-csv'; file: string; line: number; message: string }
  | { code: 'bad-json'; file: string; line: number; message: string }
  | { code: 'not-an-object'; file: string; line: number }
  | { code: 'bad-value'; file: string; line: number; field: string }
  | { code: 'bad-date'; file: string; line: number; field: string; value: string }
  | { code: 'bad-schema'; file: string; line: number; field: string; value: string }
  | { code: 'no-name'; file: string; line: number };

/** One line, without the file and line (the caller puts them in front or in a column). */
export function describeRowIssue(issue: RowIssue): string {
  switch (issue.code) {
    case 'field-count':
      return `expected ${issue.expected} fields as in the header, got ${issue.got}`;
    case 'malformed-csv':
      return `not valid CSV: ${issue.message}`;
    case 'bad-json':
      return `not valid JSON: ${issue.message}`;
    case 'not-an-object':
      return 'not a JSON object';
    case 'bad-value':
      return `${issue.field}: expected text, a number or a list of them`;
    case 'bad-date':
      return `${issue.field}: not a date: ${JSON.stringify(issue.value)}`;
    case 'bad-schema':
      return `${issue.field}: not a type Vigil screens (person, company, organization, vessel, aircraft, any or an FtM schema): ${JSON.stringify(issue.value)}`;
    case 'no-name':
      return 'no name or identifier to screen';
    default: {
      const unhandled: never = issue;
      return String(unhandled);
    }
  }
}
