/** Injection token of the indexer's story step (a StoryAssigner, or null when STORIES_ENABLED is false). */
export const STORY_STEP = Symbol('STORY_STEP');
