import { Readable, Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidFields } from '../common/domain-error';

/** A quarter megabyte per row: few statements per file, nothing that matters in memory, a progress that moves. */
const CHUNK_BYTES = 1 << 18;

type Part = 'upload' | 'report';

/**
 * A Writable that keeps what it is given in import_file_chunk, a chunk at a time (a write
 * waits for its insert: the producer is slowed to the database's pace, never buffered whole).
 */
export class ChunkWriter extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  size = 0;

  constructor(
    private readonly manager: EntityManager | DataSource,
    private readonly jobId: string,
    private readonly part: Part,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(invalidFields([{ field: 'file', reason: `文件超过 ${Math.round(this.maxBytes / (1 << 20))} MB` }]));
      return;
    }
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return done();
    this.flush().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flush().then(() => done(), done);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.manager.query('INSERT INTO import_file_chunk (job_id, part, seq, data) VALUES ($1, $2, $3, $4)', [this.jobId, this.part, this.seq, data]);
    this.seq += 1;
  }
}

/** A stored file as a stream, and how far it has been read. */
export type StoredFile = Readable & { bytesRead: number };

/** A stored file read back chunk by chunk, one query per chunk; `bytesRead` says how far it got. */
export function storedFile(dataSource: DataSource, jobId: string, part: Part): StoredFile {
  const progress = { bytesRead: 0 };
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const [row] = await dataSource.query<{ data: Buffer }[]>('SELECT data FROM import_file_chunk WHERE job_id = $1 AND part = $2 AND seq = $3', [jobId, part, seq]);
      if (!row) return;
      progress.bytesRead += row.data.length;
      yield row.data;
    }
  }
  // One chunk ahead at most, so bytesRead is what the reader has taken.
  const stream = Readable.from(chunks(), { highWaterMark: 1 });
  return Object.defineProperty(stream, 'bytesRead', { get: () => progress.bytesRead }) as StoredFile;
}

export async function hasStoredFile(dataSource: DataSource, jobId: string, part: Part): Promise<boolean> {
  const rows = await dataSource.query<unknown[]>('SELECT 1 FROM import_file_chunk WHERE job_id = $1 AND part = $2 LIMIT 1', [jobId, part]);
  return rows.length > 0;
}

export async function dropStoredFile(manager: EntityManager | DataSource, jobId: string, part: Part): Promise<void> {
  await manager.query('DELETE FROM import_file_chunk WHERE job_id = $1 AND part = $2', [jobId, part]);
}
