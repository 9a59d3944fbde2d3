/** A chapter as far as ordering goes: where it lives and the order its frontmatter claims. */
export interface OrderedChapter {
  filePath: string;
  order: number;
}

/** Describe every order claimed by more than one chapter, one line each; empty when orders are unique. */
export function findDuplicateOrders(chapters: OrderedChapter[]): string[] {
  const byOrder = new Map<number, string[]>();
  for (const { order, filePath } of chapters) {
    byOrder.set(order, [...(byOrder.get(order) ?? []), filePath]);
  }
  return [...byOrder]
    .filter(([, files]) => files.length > 1)
    .map(([order, files]) => `order ${order} is claimed by ${files.join(' and ')}; each chapter needs its own "order"`);
}

/** Turn a chapter id such as "03-data" into the URL slug "data": the number orders files, not URLs. */
export function chapterSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}
