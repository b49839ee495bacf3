// mapshaper ships no type declarations; only its in-memory entry point is used here.
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs (by file name), resolves to outputs by file name. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | Buffer | object>,
  ): Promise<Record<string, string | Buffer>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
