// A whole file refused before any row is looked at (not an .xlsx, a wrong template, too big...). The key is a
// message-catalog key under "import.file"; nothing has been written when one is thrown.
export class ImportFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`import file refused: ${key}`);
    this.name = "ImportFileError";
  }
}
