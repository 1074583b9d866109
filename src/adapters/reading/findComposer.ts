// The reply box the agent writes in.
import { queryShownDeep, type ShadowRoots } from '../dom';

export class ComposerWatch {
  private composer: HTMLElement | null = null;

  constructor(private readonly selector: string) {}

  /**
   * Looked up again only when something around the messages changed or it left the page: a
   * new message does not move the reply box, and the lookup walks the whole scope.
   */
  find(scope: ParentNode, shadows: ShadowRoots | undefined, aroundChanged: boolean): HTMLElement | null {
    if (aroundChanged || !this.composer?.isConnected) {
      this.composer = queryShownDeep(scope, this.selector, shadows) as HTMLElement | null;
    }
    return this.composer;
  }
}
