import CompareView, { type CompareViewProps } from '../features/compare/compare-view';
import { matrixToCsv, matrixToJson } from '../features/export/matrix-export';
import { SILENT_STANCE } from '../data/positions';
import type { MatrixExportCell } from '../data/position-cells';

const exporter = {
  toCsv: (cells: readonly MatrixExportCell[]) => matrixToCsv(cells, SILENT_STANCE),
  toJson: matrixToJson,
};

/**
 * The compare view with the matrix's exports: two features, put together here so that neither
 * imports the other, in the compare view's own chunk.
 */
export default function CompareWithExport(props: Omit<CompareViewProps, 'exporter'>) {
  return <CompareView {...props} exporter={exporter} />;
}
