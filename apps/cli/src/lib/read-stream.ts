/**
 * Read a whole stream into bytes.
 *
 * @param stream Readable stream (example: `process.stdin`).
 * @returns Everything the stream gave, as one `Uint8Array`.
 */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array))
  }
  return Buffer.concat(chunks)
}
