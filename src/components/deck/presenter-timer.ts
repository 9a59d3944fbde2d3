/** The talk's stopwatch: start, pause, reset; it survives a reload of the presenter tab. */
export class PresenterTimer {
  private startedAt: number | null = null;
  private banked = 0;

  constructor(private readonly storageKey: string) {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as unknown;
      if (saved && typeof saved === 'object') {
        const { startedAt, banked } = saved as Record<string, unknown>;
        if (typeof banked === 'number' && Number.isFinite(banked) && banked >= 0) this.banked = banked;
        if (typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt <= Date.now())
          this.startedAt = startedAt;
      }
    } catch {
      // Unreadable or refused storage: start from zero.
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
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify({ startedAt: this.startedAt, banked: this.banked }));
    } catch {
      // Storage refused: the timer keeps running in memory.
    }
  }
}
