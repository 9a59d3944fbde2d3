/**
 * Waiting in an M/M/c queue (Poisson arrivals, exponential service, c identical servers): the Erlang C
 * formula and its waiting-time tail P(W > t) = C · e^(−(cμ − λ)t). Source: "erlang-c" (Kleinrock 1975).
 * Rates are per second; λ = arrivals/s, μ = completions/s of one server.
 *
 * The simulator takes a request's p95 response as its compute time plus the p95 wait. A forward pass over
 * inputs of similar length takes nearly the same time each call, so the compute is treated as fixed; the
 * exponential service of M/M/c overstates the waits of near-constant service (M/D/c waits are about half
 * as long), so the estimate errs on the safe side. Both the shared queue and one instance's own queue
 * (c = 1) are computed this way.
 */

/** Probability that an arriving request waits (Erlang C), or 1 when the queue is unstable (λ ≥ cμ). */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  const load = arrivalRate / serviceRate;
  if (load >= servers) return 1;
  // Erlang B by its stable recurrence, then C = B / (1 − ρ(1 − B)).
  let blocking = 1;
  for (let k = 1; k <= servers; k++) blocking = (load * blocking) / (k + load * blocking);
  const utilisation = load / servers;
  return blocking / (1 - utilisation * (1 - blocking));
}

/** The waiting time (s) that `quantile` of requests stay under, e.g. 0.95 for the p95; Infinity if unstable. */
export function waitQuantile(servers: number, arrivalRate: number, serviceRate: number, quantile: number): number {
  const spare = servers * serviceRate - arrivalRate;
  if (spare <= 0) return Infinity;
  const waits = erlangC(servers, arrivalRate, serviceRate);
  const tail = 1 - quantile;
  return waits <= tail ? 0 : Math.log(waits / tail) / spare;
}

/**
 * The fewest servers whose p95 response (service time + p95 wait) meets `budgetS`, or, when no count can
 * (the service time alone is over it), the count that keeps each server at `fallbackUtilisation`.
 */
export function serversFor(
  arrivalRate: number,
  serviceS: number,
  budgetS: number,
  fallbackUtilisation: number,
): { servers: number; p95S: number; meets: boolean } {
  const rate = 1 / serviceS;
  if (arrivalRate <= 0) return { servers: 1, p95S: serviceS, meets: serviceS <= budgetS };
  const p95 = (c: number) => serviceS + waitQuantile(c, arrivalRate, rate, 0.95);
  if (serviceS >= budgetS) {
    const servers = Math.max(1, Math.ceil(arrivalRate / (rate * fallbackUtilisation)));
    return { servers, p95S: p95(servers), meets: false };
  }
  let servers = Math.max(1, Math.floor(arrivalRate / rate) + 1);
  while (p95(servers) > budgetS) servers++;
  return { servers, p95S: p95(servers), meets: true };
}
