/**
 * Token buckets for the live server's rate limits: each message takes a token; tokens come back at a
 * steady rate up to the bucket's size. Pure: the caller passes the time.
 */
export interface Bucket {
  /** Most tokens the bucket holds (the burst allowed). */
  capacity: number;
  /** Tokens added per second. */
  perSecond: number;
  tokens: number;
  /** When tokens were last added, in milliseconds. */
  at: number;
}

/** A full bucket. */
export const createBucket = (capacity: number, perSecond: number, now: number): Bucket => ({
  capacity,
  perSecond,
  tokens: capacity,
  at: now,
});

/** Take one token at time `now` (ms); false when the bucket is empty (the message is over the limit). */
export function take(bucket: Bucket, now: number): boolean {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  bucket.tokens = Math.min(bucket.capacity, bucket.tokens + elapsed * bucket.perSecond);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** The server's limits. Per connection: a person taps a few times a second at most. Per room: a burst
 * of every attendee of a 2,000-seat hall voting in the same second passes; a flood beyond it does not. */
export const LIMITS = {
  connection: { capacity: 20, perSecond: 5 },
  room: { capacity: 4000, perSecond: 2000 },
  /** Rooms a single connection may create, and rooms the server holds in memory at once. */
  createsPerConnection: 3,
  roomsInMemory: 200,
  /** Connections in one room: attendees, screens and presenters. */
  membersPerRoom: 5000,
  /** Messages over the limit a connection may send before it is closed. */
  strikes: 50,
} as const;
