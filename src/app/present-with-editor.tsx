import PresentRoute, { type PresentRouteProps } from '../features/present/present-route';
import TourEditor from '../features/tour-editor/tour-editor';

/**
 * Present mode with the tour editor it shows at `#edit`: two features, put together here so that
 * neither imports the other. One module, so both still load in one chunk with present mode.
 */
export default function PresentWithEditor(props: Omit<PresentRouteProps, 'editor'>) {
  return <PresentRoute {...props} editor={TourEditor} />;
}
