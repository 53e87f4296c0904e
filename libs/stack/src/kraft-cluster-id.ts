import { randomBytes } from 'node:crypto';

/**
 * A new KRaft cluster id: 16 random bytes in URL-safe base64 without padding, as `kafka-storage random-uuid` prints.
 * Like Kafka's own Uuid.randomUuid, it never starts with '-': StorageTool's argument parser would read such an id as
 * an option and refuse to format ("argument --cluster-id/-t: expected one argument"), which happened 1 time in 64.
 */
export function newKraftClusterId(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
