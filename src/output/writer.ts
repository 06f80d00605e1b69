/** The atomic disk writer under its first name (see output/disk.ts). */
export { DiskSink as OutputWriter, MARKER, checkOutputDir, isInside } from './disk.js';
