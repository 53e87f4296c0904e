import { ElementNode } from './node';

/**
 * "Streamed React segment" heuristic. React's streaming server renderer sends a finished piece of the page
 * late, as `<div hidden id="S:1f">`, and leaves `<template id="P:1f">` where it belongs; a small script
 * (never run here) swaps them. Without the swap the article's opening paragraphs sit in a hidden div at the
 * end of the body, outside the article container. This puts each segment's content where its placeholder is.
 */
export const SEGMENT_ID = /^S:[0-9a-z]+$/i;
export const PLACEHOLDER_ID = /^P:[0-9a-z]+$/i;

export function placeStreamedSegments(placeholders: ElementNode[], segments: ElementNode[]): void {
  const byId = new Map<string, ElementNode>();
  for (const placeholder of placeholders) byId.set(placeholder.attrs.id.slice(2), placeholder);
  for (const segment of segments) {
    const placeholder = byId.get(segment.attrs.id.slice(2));
    const target = placeholder?.parent;
    if (!placeholder || !target || !segment.parent || contains(segment, placeholder)) continue;
    const from = segment.parent;
    from.children.splice(from.children.indexOf(segment), 1);
    segment.parent = null;
    const at = target.children.indexOf(placeholder);
    for (const child of segment.children) child.parent = target;
    target.children.splice(at, 1, ...segment.children);
    placeholder.parent = null;
    segment.children = [];
  }
}

function contains(ancestor: ElementNode, el: ElementNode): boolean {
  for (let p: ElementNode | null = el; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
