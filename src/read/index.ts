/** The readers: bytes -> normalised, Markdown-like text (see read-result.ts for the contract). */
export { readDocument, readDocumentBytes, SUPPORTED_EXTENSIONS, isSupportedFile, formatOfPath } from './read-document.js';
export { listDocumentFiles, type DocumentFileList, type SkippedPath } from './list-document-files.js';
export { htmlToText } from './html-to-text.js';
export { normaliseText } from './normalise-text.js';
export { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult, type TextEncoding } from './read-result.js';
