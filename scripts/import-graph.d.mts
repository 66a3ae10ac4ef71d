// Types of scripts/import-graph.mjs, for test/layers.test.ts.
export declare const LAYERS: readonly string[];
export interface ImportGraph {
  readonly files: string[];
  readonly imports: Map<string, Set<string>>;
}
export declare function importGraph(src: string): ImportGraph;
export declare function layerOf(path: string): string;
export declare function cycles(edges: Map<string, Set<string>>): string[][];
export declare function folderGraph(graph: ImportGraph): Map<string, Set<string>>;
