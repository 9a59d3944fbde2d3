import { readItem, writeItem } from '../site-storage';

/**
 * The talk's stopwatch: start, pause, reset; it survives closing and reopening the presenter tab (kept in
 * localStorage through the site's storage wrapper, which tells the presenter if it cannot be).
 */
export class PresenterTimer {
  private startedAt: number | null = null;
  private banked = 0;

  constructor(private readonly storageKey: string) {
    let saved: unknown = null;
    try {
      saved = JSON.parse(readItem('localStorage', storageKey) ?? 'null');
    } catch {
      // Unreadable: start from zero.
    }
    if (saved && typeof saved === 'object') {
      const { startedAt, banked } = saved as Record<string, unknown>;
      if (typeof banked === 'number' && Number.isFinite(banked) && banked >= 0) this.banked = banked;
      if (typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt <= Date.now())
        this.startedAt = startedAt;
    }
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  elapsedMs(now = Date.now()): number {
    return this.banked + (this.startedAt === null ? 0 : now - this.startedAt);
  }

  toggle(now = Date.now()): void {
    if (this.startedAt === null) this.startedAt = now;
    else {
      this.banked += now - this.startedAt;
      this.startedAt = null;
    }
    this.save();
  }

  reset(): void {
    this.startedAt = null;
    this.banked = 0;
    this.save();
  }

  private save() {
    writeItem('localStorage', this.storageKey, JSON.stringify({ startedAt: this.startedAt, banked: this.banked }));
  }
}
