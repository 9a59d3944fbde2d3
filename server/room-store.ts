/**
 * Where live rooms survive a restart: an SQLite file (Node's built-in node:sqlite, nothing to build).
 * A room's state (journey, questions, results) is one JSON row, rewritten on each presenter action;
 * each vote is its own row, written before the server acknowledges it, so a crash loses no counted vote.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { restoreRoom, storedRoom, type Room, type StoredRoom } from '../src/live/room.ts';

export interface RoomStore {
  /** Keep a new room and the SHA-256 of its secret (hex); false when the code is taken. */
  create(room: Room, secretHash: string): boolean;
  /** Rewrite the room's state (not its votes). */
  save(room: Room): void;
  /** Keep one device's vote (replacing its earlier vote on the same question). */
  saveVote(code: string, question: number, device: string, option: string): void;
  /** The room and its secret's hash, with the current question's votes; undefined when unknown. */
  load(code: string): { room: Room; secretHash: string } | undefined;
  close(): void;
}

/**
 * Open (or create) the store at `path`; ':memory:' keeps it in memory (tests).
 * @throws {Error} when the file cannot be opened or is not an SQLite database
 */
export function openRoomStore(path: string): RoomStore {
  let db: DatabaseSync | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path);
    // A damaged file is refused now, at start, not in the middle of the talk.
    const check = db.prepare('PRAGMA quick_check').get() as { quick_check: string } | undefined;
    if (check?.quick_check !== 'ok') throw new Error(`the database is damaged (${check?.quick_check})`);
    return statements(db);
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot use ${path} as the live room store: ${reason}. Move the file away or pass --data <another file>.`,
      { cause: error },
    );
  }
}

/** The tables (created when missing) and the prepared statements over them; every value is a bound parameter. */
function statements(db: DatabaseSync): RoomStore {
  // WAL with synchronous=NORMAL: a committed write survives the process being killed (not a power cut).
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = NORMAL;
    CREATE TABLE IF NOT EXISTS rooms (
      code TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS votes (
      room TEXT NOT NULL, question INTEGER NOT NULL, device TEXT NOT NULL, option TEXT NOT NULL,
      PRIMARY KEY (room, question, device)) WITHOUT ROWID;
  `);
  const insertRoom = db.prepare(
    'INSERT OR IGNORE INTO rooms (code, secret_hash, created_at, state) VALUES (?, ?, ?, ?)',
  );
  const updateRoom = db.prepare('UPDATE rooms SET state = ? WHERE code = ?');
  const upsertVote = db.prepare(
    'INSERT INTO votes (room, question, device, option) VALUES (?, ?, ?, ?) ' +
      'ON CONFLICT (room, question, device) DO UPDATE SET option = excluded.option',
  );
  const selectRoom = db.prepare('SELECT secret_hash, state FROM rooms WHERE code = ?');
  const selectVotes = db.prepare('SELECT device, option FROM votes WHERE room = ? AND question = ?');

  return {
    create: (room, secretHash) =>
      insertRoom.run(room.code, secretHash, Date.now(), JSON.stringify(storedRoom(room))).changes === 1,
    save: (room) => void updateRoom.run(JSON.stringify(storedRoom(room)), room.code),
    saveVote: (code, question, device, option) => void upsertVote.run(code, question, device, option),
    load(code) {
      const row = selectRoom.get(code) as { secret_hash: string; state: string } | undefined;
      if (!row) return undefined;
      const stored = JSON.parse(row.state) as StoredRoom;
      const votes = stored.question
        ? (selectVotes.all(code, stored.question.id) as { device: string; option: string }[]).map(
            (v): [string, string] => [v.device, v.option],
          )
        : [];
      return { room: restoreRoom(stored, votes), secretHash: row.secret_hash };
    },
    close: () => db.close(),
  };
}
