export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
export const FETCH_POLICY = Symbol('FETCH_POLICY');
