export const FETCHER_CONFIG = Symbol('FETCHER_CONFIG');
export const FETCH_POLICY = Symbol('FETCH_POLICY');
export const HOST_RATE_LIMITER = Symbol('HOST_RATE_LIMITER');
