/**
 * Node's StringDecoder, as the .docx reader's XML layer uses it (write chunks, then end), on the browser's
 * TextDecoder: a UTF-8 sequence split between two chunks is joined, as Node does.
 */
export class StringDecoder {
  private readonly decoder = new TextDecoder("utf-8");

  write(chunk: Uint8Array): string {
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    return this.decoder.decode();
  }
}
