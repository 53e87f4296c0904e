/** Injection tokens of the API's providers. */
export const API_CONFIG = Symbol('API_CONFIG');
export const API_KEYS = Symbol('API_KEYS');
