-- The query API's read-only role (docker-compose only; on Kubernetes the operator creates it). The migrate job's
-- reader-grants migration grants it SELECT on Newsflow's tables; it can change nothing.
CREATE ROLE newsflow_reader LOGIN PASSWORD 'newsflow_reader';
