export declare const LEAN_JOURNEY: [decision: string, option: string][];
