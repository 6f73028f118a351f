// Types of layers.mjs for the TypeScript tests that read it.
export declare const LAYERS: Record<string, string[]>;
export declare const PACKAGE_OWNERS: Record<string, string>;
