/** One problem in the dataset, precise enough to fix without searching: file, record and field. */
export interface DataError {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  id: string;
  field: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  return `${e.file}: ${e.id}: ${e.field}: ${e.message}`;
}
