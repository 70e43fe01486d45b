// pdf.js ships no types for its worker module; it is imported only for what it sets up
// (`globalThis.pdfjsWorker`, see pdf.ts), never for a value.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
