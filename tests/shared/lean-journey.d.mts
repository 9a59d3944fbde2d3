export declare const LEAN_JOURNEY: [decision: string, option: string][];
export declare const LAMBDA_ZIP_BEFORE_PLATFORM: [decision: string, option: string][];
