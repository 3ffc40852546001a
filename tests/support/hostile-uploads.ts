import zlib from 'node:zlib';

/**
 * Hostile documents built on the fly (issue 8's uploads): a .docx whose `word/document.xml`
 * inflates to `expandTo` bytes (a zip bomb: long runs of one letter deflate ~1000:1, so 1.5 GB
 * fits in ~1.5 MB), and an HTML page of deeply nested `<div>`s.
 */

function zipEntry(name: string, data: { compressed: Buffer; crc: number; size: number }, offset: number) {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.crc >>> 0, 14);
  local.writeUInt32LE(data.compressed.length, 18);
  local.writeUInt32LE(data.size, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.crc >>> 0, 16);
  central.writeUInt32LE(data.compressed.length, 20);
  central.writeUInt32LE(data.size, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, fileName, data.compressed]), central: Buffer.concat([central, fileName]) };
}

function small(text: string) {
  const bytes = Buffer.from(text);
  return { compressed: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

/** A .docx of ~expandTo/1000 bytes whose main part inflates to `expandTo` bytes (under 4 GB: no zip64). */
export async function expandingDocx(expandTo: number): Promise<Buffer> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>');
  const tail = Buffer.from('</w:body></w:document>');
  const paragraph = Buffer.from(`<w:p><w:r><w:t>${'a'.repeat(1 << 20)}</w:t></w:r></w:p>`);
  const count = Math.max(1, Math.floor((expandTo - head.length - tail.length) / paragraph.length));
  const deflate = zlib.createDeflateRaw({ level: 6 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = zlib.crc32(head);
  deflate.write(head);
  for (let i = 0; i < count; i += 1) {
    crc = zlib.crc32(paragraph, crc);
    // Back-pressure: do not queue gigabytes in the stream's buffer.
    if (!deflate.write(paragraph)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = zlib.crc32(tail, crc);
  deflate.end(tail);
  await done;
  const entries: Array<[string, { compressed: Buffer; crc: number; size: number }]> = [
    [
      '[Content_Types].xml',
      small(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      small(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    ],
    ['word/document.xml', { compressed: Buffer.concat(chunks), crc, size: head.length + tail.length + count * paragraph.length }],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const entry = zipEntry(name, data, offset);
    locals.push(entry.local);
    centrals.push(entry.central);
    offset += entry.local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An HTML page with `depth` nested `<div>`s around one sentence (200k: 2.2 MB). */
export function nestedHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}Lessons learned${'</div>'.repeat(depth)}</body></html>`;
}
