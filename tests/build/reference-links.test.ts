import { describe, expect, it } from 'vitest';
import { buildFixture } from '../tools/build-fixture-result';

describe('the build refuses references to things that do not exist', () => {
  it('fails on an <Example> key the running example lacks, naming the chapter file and the key', () => {
    const { status, output } = buildFixture('example-unknown-key');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/chapters/01-traffic.mdx: <Example key="traffic.messagesPerWeek">: unknown running-example key',
    );
    // The known key on the same page is not reported.
    expect(output).not.toContain('<Example key="traffic.messagesPerDay">: unknown');
  });

  it('fails on a checklist link to a heading the chapter lacks, naming the file, the entry and the anchor', () => {
    const { status, output } = buildFixture('checklist-unknown-section');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/checklist.yaml, group "platform", question "gpu": no heading "#gpu-instances" in chapter "platforms"',
    );
    expect(output).not.toContain('question "memory": no heading');
  });
});
