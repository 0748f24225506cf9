/** The data file given to the mock server exists but cannot be used; the message names the file and why. */
export class DataFileError extends Error {
  /** The data file's path, as given. */
  readonly file: string;

  constructor(file: string, reason: string, options?: { details?: string; cause?: unknown }) {
    const details = options?.details === undefined ? "" : `\n${options.details}`;
    super(
      `Cannot use the data file ${file}: it ${reason}.${details}\nThe file was left as it is: fix it, move it away, or use another data file.`,
      { cause: options?.cause },
    );
    this.name = "DataFileError";
    this.file = file;
  }
}
