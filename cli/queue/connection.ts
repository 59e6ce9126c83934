import { InputError, UsageError } from '../args.js';

/** The BullMQ module, loaded only by the queue commands. */
export type BullMQ = typeof import('bullmq');

/** The name of the queue every cohort run's shard jobs go to. */
export const QUEUE_NAME = 'supplier-quality-cohort';

/** Thrown when the optional `bullmq` package is not installed: one line, exit code 2. */
export class MissingBullMQ extends InputError {
  constructor() {
    super('the queue commands need the bullmq package; install it with "npm install bullmq"');
  }
}

/**
 * Returns the BullMQ module, or throws `MissingBullMQ` when it is not installed (it is an optional
 * peer dependency: only the queue commands need it).
 *
 * @example
 * (await loadBullMQ()).Worker.name
 * //=> 'Worker'
 */
export async function loadBullMQ(): Promise<BullMQ> {
  try {
    return await import('bullmq');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new MissingBullMQ();
    throw error;
  }
}

/** The Redis connection options of a queue URL. */
export interface RedisOptions {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  readonly tls?: Record<string, never>;
  readonly maxRetriesPerRequest: null;
}

/**
 * Returns the connection options of a Redis URL `redis://[user:password@]host[:port][/db]`
 * (`rediss://` for TLS); anything else is a usage error. Commands wait for Redis to come back
 * rather than fail while it restarts.
 *
 * @example
 * redisOptions('redis://127.0.0.1:6390')
 * //=> { host: '127.0.0.1', port: 6390, maxRetriesPerRequest: null }
 */
export function redisOptions(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError({ key: 'queueUrl', params: { value: url } });
  }
  if ((parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || parsed.hostname === '') {
    throw new UsageError({ key: 'queueUrl', params: { value: url } });
  }
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new UsageError({ key: 'queueDatabase', params: { value: db } });
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db !== '' ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}
