/** A piece of SQL with its positional parameters. */
export interface SqlFragment {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}
