/** The error `action` rejects with, so a test can assert its class, code and message together. */
export async function thrownAsync(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}
