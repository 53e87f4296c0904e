import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A dead letter's identity in the replay ledger is no longer just topic, partition and offset: offsets start again
 * at 0 when the broker's storage is formatted anew or the dead-letter topic is deleted and created again, and the
 * ledger (in PostgreSQL, which outlives both) then claimed that records it had never seen were "already replayed".
 * The ledger now also keys on the Kafka cluster id (new after a format) and the record's timestamp (new for a
 * record written again at an old offset). Rows from before this migration keep an empty cluster id and timestamp
 * 0, so they no longer match anything: at worst a record replayed before the upgrade can be replayed once more.
 */
export class DlqReplayRecordIdentity1765300000000 implements MigrationInterface {
  name = 'DlqReplayRecordIdentity1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dlq_replays ADD COLUMN cluster_id text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE dlq_replays ADD COLUMN record_timestamp bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE dlq_replays DROP CONSTRAINT dlq_replays_pkey`);
    await q.query(
      `ALTER TABLE dlq_replays ADD PRIMARY KEY (cluster_id, dlq_topic, partition, "offset", record_timestamp)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dlq_replays DROP CONSTRAINT dlq_replays_pkey`);
    await q.query(
      `DELETE FROM dlq_replays a USING dlq_replays b
        WHERE (a.dlq_topic, a.partition, a."offset") = (b.dlq_topic, b.partition, b."offset")
          AND a.replayed_at < b.replayed_at`,
    );
    await q.query(`ALTER TABLE dlq_replays ADD PRIMARY KEY (dlq_topic, partition, "offset")`);
    await q.query(`ALTER TABLE dlq_replays DROP COLUMN record_timestamp, DROP COLUMN cluster_id`);
  }
}
