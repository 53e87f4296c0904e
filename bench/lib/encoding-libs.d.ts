// Minimal types for the two WHATWG reference libraries bench/charset.ts measures ours against (they ship none).
declare module 'html-encoding-sniffer' {
  export default function htmlEncodingSniffer(
    buffer: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
declare module 'whatwg-encoding' {
  export function decode(buffer: Uint8Array, fallbackEncodingName: string): string;
  export function labelToName(label: string): string | null;
}
