export declare class DatabaseInUseError extends Error {
  constructor(folder: string, pid: number);
}

/** Takes the folder's lock file, or throws DatabaseInUseError naming the process that holds it; returns the release. */
export declare function acquireFolderLock(folder: string): () => void;
