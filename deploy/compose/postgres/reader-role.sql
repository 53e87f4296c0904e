-- The query API's read-only role (docker-compose only; on Kubernetes the operator creates it). The migrate job's
-- reader-grants migrations grant it SELECT on the published tables only (apps/api/README.md); it can change nothing.
CREATE ROLE newsflow_reader LOGIN PASSWORD 'newsflow_reader';
