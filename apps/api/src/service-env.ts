import { EnvSpec } from '@newsflow/config';
import { apiEnvSpec } from './api-config';

/**
 * Every variable the query API reads: validated at boot (loadApiConfig adds the checks across variables, such as
 * "at least one key"), and checked against the deployment files. The API uses no Kafka.
 */
export const apiServiceEnv: EnvSpec[] = [apiEnvSpec];
