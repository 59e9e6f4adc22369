/** The article (or index) is not there: a reader typed or followed a wrong link. */
export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} was not found`);
  }
}

/** The data exists but could not be fetched (network down, server error): worth a retry. */
export class DataLoadError extends Error {
  constructor(
    readonly what: string,
    readonly detail: string,
  ) {
    super(`${what} could not be loaded: ${detail}`);
  }
}

/** The data arrived but does not match the schema: a build problem, named precisely. */
export class DataSchemaError extends Error {
  constructor(
    readonly what: string,
    readonly detail: string,
  ) {
    super(`${what} has invalid data: ${detail}`);
  }
}
