import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** One statement as the probe saw it: its kind and the table it works on (snake_case). */
export interface ProbedStatement {
  kind: string;
  table: string;
}

function tableOf(node: RootOperationNode): string {
  const name = (n: OperationNode | undefined): string => {
    const t = n as { kind?: string; table?: { identifier?: { name?: string } } } | undefined;
    return t?.kind === 'TableNode' ? (t.table?.identifier?.name ?? '') : '';
  };
  switch (node.kind) {
    case 'SelectQueryNode':
      return name(node.from?.froms[0]);
    case 'InsertQueryNode':
      return name(node.into);
    case 'UpdateQueryNode':
      return name(node.table);
    case 'DeleteQueryNode':
      return name(node.from.froms[0]);
    default:
      return '';
  }
}

/**
 * A test-only Kysely plugin: records every statement sent (Kysely's statements; BEGIN/COMMIT
 * are the driver's and are not seen) and can make a chosen statement fail, to inject a failure
 * between two steps of a use case. Install with `db.kysely.withPlugin(probe)`.
 */
export class SqlProbe implements KyselyPlugin {
  statements: ProbedStatement[] = [];
  /** When set and true for a statement, that statement throws instead of running. */
  failWhen: ((s: ProbedStatement) => boolean) | undefined;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const s = { kind: args.node.kind.replace(/QueryNode$|Node$/, ''), table: tableOf(args.node) };
    this.statements.push(s);
    if (this.failWhen?.(s)) throw new Error(`injected failure at ${s.kind} ${s.table}`);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }

  /** Statements recorded while `fn` ran. */
  async during(fn: () => Promise<unknown>): Promise<ProbedStatement[]> {
    const from = this.statements.length;
    await fn();
    return this.statements.slice(from);
  }
}
