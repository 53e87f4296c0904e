/** The parts of an Express request and response the guards use (keeps them testable with plain objects). */
export interface ApiRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  /** Set by ApiKeyGuard: who is calling (a key id, or the client address when keys are off). */
  apiClient?: string;
}

export interface ApiResponse {
  setHeader(name: string, value: string | number): unknown;
}
