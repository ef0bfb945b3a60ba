import type { ReactNode } from 'react';
import { useMediaQuery } from '../../ui/use-media-query';
import { usePopup } from '../../ui/use-popup';

/** Where the room's controls have no room for every tool in view (present.css's phone width). */
const NARROW = '(max-width: 700px)';

/**
 * The room's tools (full screen, presenter view, join slide, handout, exit). On a wide screen they
 * stand beside the step buttons. On a phone they took three rows of the bar over the slide, a
 * quarter of its height: there they wait behind "More", beside Next, over the slide only when asked.
 */
export function SlideTools({ children }: { children: ReactNode }) {
  const narrow = useMediaQuery(NARROW);
  const { open, popupId, containerProps, buttonProps } = usePopup();
  if (!narrow) return <div className="present-controls__tools">{children}</div>;
  return (
    <div {...containerProps} className="present-more">
      <button {...buttonProps} type="button" className="present-button">
        More<span className="sr-only"> controls</span>
      </button>
      <div id={popupId} className="present-controls__tools present-more__tools" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
