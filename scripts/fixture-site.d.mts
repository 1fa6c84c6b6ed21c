/** Starts the fixture site of "Add by address" on 127.0.0.1 (port 0: any free one). */
export function startFixtureSite(
  port?: number,
): Promise<{ port: number; close: () => Promise<void> }>;
