import type { Restore } from './fill';

/** What the last fills changed in this frame, so Undo can put the page's previous values back. */
export class UndoHistory {
  private restores: Restore[] = [];

  record(restores: Restore[]): void {
    this.restores.push(...restores);
  }

  get canUndo(): boolean {
    return this.restores.length > 0;
  }

  /** Restores in reverse order, so a field filled twice ends with the value it had before the first fill. */
  async undo(): Promise<void> {
    const pending = this.restores.reverse();
    this.restores = [];
    for (const restore of pending) await restore();
  }
}
