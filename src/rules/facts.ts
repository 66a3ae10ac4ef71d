/**
 * What the rules share about one request once its model, scene and media are read (R6, R11, R13, R15, R27, R28, R29,
 * R39): the catalog's index, the report, and the facts the later rules depend on. One object, made once per request,
 * instead of the same five positional arguments to every resolver and check.
 * @module
 */
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { CatalogModel } from '../catalog/catalog.js';
import type { Report } from '../report/report.js';
import type { Scene } from '../shared/types.js';

export interface Facts {
  readonly catalogIndex: CatalogIndex;
  readonly report: Report;
  /** The alias's row; `undefined` when the model was refused (a check that needs it is skipped, R6). */
  readonly model: CatalogModel | undefined;
  /** The resolved scene; `undefined` when it was refused. */
  readonly scene: Scene | undefined;
  /** R40: a video URL or a `file_infos` video, judged from the input alone (R6). */
  readonly referenceVideo: boolean;
}
