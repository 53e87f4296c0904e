import { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger of dead letters already replayed, so `newsflow dlq replay` never sends one twice. */
export class DlqReplays1764700000000 implements MigrationInterface {
  name = 'DlqReplays1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dlq_replays (
        dlq_topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        replayed_to text NOT NULL,
        replayed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dlq_topic, partition, "offset")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dlq_replays`);
  }
}
