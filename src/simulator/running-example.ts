import type { Figure, Option, SimulatorData } from './schema';

const fromExample = (value: number, what: string): Figure => ({
  value,
  source: 'judgement',
  note: `${what} of the running example (content/running-example.yaml)`,
});

/**
 * Make the simulator's "example" options say what the chapters say: the running example's traffic, its
 * peak, its p95 budget and its platform come from content/running-example.yaml, never from a second copy.
 * Returns a new data object; the input is not changed.
 */
export function applyRunningExample(data: SimulatorData): SimulatorData {
  const { example } = data;
  const perDay = example.traffic.messagesPerDay;
  const peakToAverage = example.traffic.peakMessagesPerSecond / (perDay / 86_400);
  const update = (decision: string, change: (option: Option) => Option) => (option: Option) =>
    option.flags.includes('example') ? change(option) : option;
  const patch: Record<string, (option: Option) => Option> = {
    traffic: update('traffic', (option) => ({
      ...option,
      label: `${perDay.toLocaleString('en-US')} a day`,
      figures: {
        ...option.figures,
        messagesPerDay: fromExample(perDay, 'the messages per day'),
        peakToAverage: fromExample(
          Math.round(peakToAverage * 10) / 10,
          `${example.traffic.peakMessagesPerSecond} messages/s at peak against ${Math.round((perDay / 86_400) * 100) / 100}/s on average: the peak`,
        ),
      },
    })),
    latency: update('latency', (option) => ({
      ...option,
      label: `Real-time API (p95 within ${example.latency.p95BudgetMs} ms)`,
      figures: { ...option.figures, p95BudgetMs: fromExample(example.latency.p95BudgetMs, 'the p95 latency budget') },
    })),
  };
  return {
    ...data,
    decisions: data.decisions.map((d) => (patch[d.id] ? { ...d, options: d.options.map(patch[d.id]!) } : d)),
    platforms: data.platforms.map((p) => ({
      ...p,
      flags: [...p.flags.filter((f) => f !== 'example'), ...(p.id === example.platform ? ['example'] : [])],
    })),
  };
}
