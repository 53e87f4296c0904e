import { ConfigError, loadConfig } from '@newsflow/config';
import { resolveStoryClusterOptions } from '@newsflow/enrichment/stories';
import { indexerServiceEnv } from './service-env';
import { storyConfigFromEnv, storyEnvSpec } from './story-config';

describe('story settings of the indexer', () => {
  it('are part of what the indexer validates at boot', () => {
    expect(indexerServiceEnv).toContain(storyEnvSpec);
  });

  it('default to the clusterer’s defaults, which it accepts', () => {
    const config = storyConfigFromEnv({});
    expect(config.enabled).toBe(true);
    expect(() => resolveStoryClusterOptions(config.cluster)).not.toThrow();
    expect(config.cluster.quietPeriodMs).toBe(48 * 3600_000);
  });

  it('read the environment', () => {
    const config = storyConfigFromEnv({
      STORIES_ENABLED: 'false',
      STORY_SIMILARITY_THRESHOLD: '0.55',
      STORY_QUIET_HOURS: '6',
      STORY_MAX_OPEN: '100',
    });
    expect(config).toMatchObject({
      enabled: false,
      cluster: { threshold: 0.55, quietPeriodMs: 6 * 3600_000, maxOpenStories: 100 },
    });
  });

  it('refuse a threshold outside (0, 1) and a zero quiet period, naming each', () => {
    let err: ConfigError | undefined;
    try {
      loadConfig(storyEnvSpec, { STORY_SIMILARITY_THRESHOLD: '1.5', STORY_QUIET_HOURS: '0', STORY_MAX_OPEN: 'many' });
    } catch (e) {
      err = e as ConfigError;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect(err!.problems).toHaveLength(3);
    expect(err!.message).toMatch(/STORY_SIMILARITY_THRESHOLD="1.5": expected a decimal number above 0 and below 1/);
    expect(err!.message).toMatch(/STORY_QUIET_HOURS="0"/);
    expect(err!.message).toMatch(/STORY_MAX_OPEN="many"/);
    expect(() => loadConfig(storyEnvSpec, { STORY_SIMILARITY_THRESHOLD: '0' })).toThrow(ConfigError);
  });
});
