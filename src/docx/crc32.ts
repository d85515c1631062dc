/** The CRC-32 of zip and PNG (polynomial 0xEDB88320), a byte at a time from a table. */
const TABLE = new Int32Array(256);
for (let byte = 0; byte < 256; byte++) {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = (value >>> 1) ^ (0xedb88320 & -(value & 1));
  TABLE[byte] = value;
}

/** Continues a CRC-32 from `value` (0 to start) over `data`. */
export function crc32(data: Uint8Array, value = 0): number {
  let crc = ~value;
  for (let index = 0; index < data.length; index++) crc = (crc >>> 8) ^ TABLE[(crc ^ data[index]) & 0xff];
  return ~crc >>> 0;
}
