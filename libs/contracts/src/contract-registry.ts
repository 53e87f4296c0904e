import { Contract } from './contract';
import { EnrichedArticleContract } from './messages/enriched-article';
import { FetchRequestContract } from './messages/fetch-request';
import { FetchedPageContract } from './messages/fetched-page';
import { FetchedPageV2Contract } from './messages/fetched-page-v2';
import { IndexedArticleContract } from './messages/indexed-article';
import { ParsedArticleContract } from './messages/parsed-article';
import { StoryEventContract } from './messages/story-event';

/** Every message contract, so a consumer (or an operator's tool) can find the one for a topic. */
export const ALL_CONTRACTS: Contract<unknown>[] = [
  FetchRequestContract,
  FetchedPageContract,
  FetchedPageV2Contract,
  ParsedArticleContract,
  EnrichedArticleContract,
  IndexedArticleContract,
  StoryEventContract,
] as Contract<unknown>[];

export function contractForTopic(topic: string): Contract<unknown> {
  const found = ALL_CONTRACTS.find((c) => c.topic === topic);
  if (!found) throw new Error(`no message contract is declared for topic ${topic}`);
  return found;
}
