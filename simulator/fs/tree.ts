// The file system's contents in memory: one tree per drive. Names keep the case they were
// written in; children are found by nameKey (case-folded on "D:").

export interface FileNode {
  readonly kind: 'file';
  name: string;
  data: Buffer;
}

export interface DirNode {
  readonly kind: 'dir';
  name: string;
  /** By nameKey of the child's name. */
  readonly children: Map<string, FsNode>;
}

export type FsNode = FileNode | DirNode;

export function emptyDir(name = ''): DirNode {
  return { kind: 'dir', name, children: new Map() };
}

/** Every file below `dir`, depth first. */
export function* filesUnder(dir: DirNode): Generator<FileNode> {
  for (const child of dir.children.values()) {
    if (child.kind === 'file') yield child;
    else yield* filesUnder(child);
  }
}
