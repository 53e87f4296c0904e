import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * A versioned message contract: a name, a major version, the topic it travels on and its JSON Schema.
 * Producers validate before sending and consumers validate after receiving, so a bad message is caught at the
 * edge where it appears and routed to a dead-letter topic instead of failing deeper in a stage.
 * Additive changes keep the major version (schemas allow unknown properties); breaking changes make a new
 * contract and a new `.vN` topic.
 */
export interface Contract<T> {
  name: string;
  version: number;
  topic: string;
  schema: Record<string, unknown>;
  /** `name/version`, the value of the `newsflow-schema` header. */
  readonly id: string;
  /** Returns the value typed as T, or throws ContractViolation listing what is wrong. */
  validate(value: unknown): T;
}

export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  constructor(
    readonly contractId: string,
    readonly problems: string[],
  ) {
    super(
      `${contractId}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`,
    );
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

export function defineContract<T>(spec: {
  name: string;
  version: number;
  topic: string;
  schema: Record<string, unknown>;
}): Contract<T> {
  let compiled: ValidateFunction | undefined;
  const id = `${spec.name}/${spec.version}`;
  return {
    ...spec,
    id,
    validate(value: unknown): T {
      compiled ??= ajv.compile(spec.schema);
      if (!compiled(value)) throw new ContractViolation(id, describe(compiled.errors));
      return value as T;
    },
  };
}
