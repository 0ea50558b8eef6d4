/**
 * Counts what a JSON text would build, without building it: every value, the deepest nesting,
 * and the elements of a few arrays named by their path of keys from the top ("portfolio.sessions").
 * Fed the bytes in chunks (UTF-8: every structural character is ASCII, and no byte of a multi-byte
 * sequence is below 0x80, so working on bytes is exact), it holds only a stack of open containers,
 * so an untrusted file can be measured against caps before JSON.parse materialises it.
 *
 * It does not validate: for a valid text its counts equal what JSON.parse builds (duplicate keys
 * included, each array counted on its own); for an invalid one they are an estimate and
 * JSON.parse refuses it afterwards.
 */

export interface JsonScanCaps {
  /** Most values of any kind (objects, arrays, strings, numbers, literals), the root included. */
  maxValues: number;
  /** Most nested containers: `[]` is depth 1, `[[]]` depth 2. */
  maxDepth: number;
  /** Most elements of the array at each path (keys joined by "."; only object keys count). */
  arrays: Readonly<Record<string, number>>;
}

/** The first cap a text broke, with the final figure once the scan ran to the end. */
export type JsonScanExcess =
  | { kind: 'array'; path: string; count: number; cap: number }
  | { kind: 'values'; count: number; cap: number }
  | { kind: 'depth'; cap: number };

interface Container {
  isObject: boolean;
  /** In an object: the next string is a key. */
  expectKey: boolean;
  /** Its key path from the top, while short enough to name a watched array; else null. */
  path: string | null;
  /** The watched array's counter, when this container is one. */
  watched: { path: string; count: number; cap: number } | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** Longer raw keys cannot spell a watched key (at most 6 bytes per character, as "\u0061"). */
const MAX_KEY_BYTES = 256;

export class JsonStructureScan {
  private readonly stack: Container[] = [];
  private readonly watchedDepth: number;
  private values = 0;
  private inString = false;
  private escaped = false;
  private inPrimitive = false;
  /** Bytes of the key being read, when it may name a watched path; null otherwise. */
  private keyBytes: number[] | null = null;
  /** The last complete key of the innermost object, awaiting its value. */
  private pendingKey: string | null = null;
  private firstExcess: JsonScanExcess | null = null;

  constructor(private readonly caps: JsonScanCaps) {
    this.watchedDepth = Math.max(0, ...Object.keys(caps.arrays).map((p) => p.split('.').length));
  }

  /** The first cap broken so far (its count still growing until the scan ends), or null. */
  get excess(): JsonScanExcess | null {
    return this.firstExcess;
  }

  get valueCount(): number {
    return this.values;
  }

  write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) {
          this.inString = false;
          if (this.keyBytes) this.endKey();
          continue;
        }
        if (this.keyBytes) {
          if (this.keyBytes.length < MAX_KEY_BYTES) this.keyBytes.push(byte);
          else this.keyBytes = null;
        }
        continue;
      }
      if (isSpace(byte)) {
        this.inPrimitive = false;
        continue;
      }
      if (byte === COLON || byte === COMMA) {
        this.inPrimitive = false;
        const top = this.stack.at(-1);
        if (top?.isObject) top.expectKey = byte === COMMA;
        continue;
      }
      if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.inPrimitive = false;
        this.close();
        continue;
      }
      if (this.inPrimitive) continue;
      const top = this.stack.at(-1);
      if (byte === QUOTE && top?.isObject && top.expectKey) {
        this.inString = true;
        top.expectKey = false;
        this.pendingKey = null;
        this.keyBytes = top.path !== null && this.stack.length <= this.watchedDepth ? [] : null;
        continue;
      }
      this.startValue(top);
      if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) this.open(byte === OPEN_OBJECT);
      else this.inPrimitive = true;
    }
  }

  private endKey(): void {
    const raw = Buffer.from(this.keyBytes!).toString('utf8');
    this.keyBytes = null;
    try {
      this.pendingKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    } catch {
      // An invalid escape: JSON.parse refuses the whole text later.
      this.pendingKey = null;
    }
  }

  private startValue(parent: Container | undefined): void {
    this.values += 1;
    if (this.values > this.caps.maxValues) {
      this.exceed({ kind: 'values', count: this.values, cap: this.caps.maxValues });
    }
    const watched = parent?.watched;
    if (watched) {
      watched.count += 1;
      if (watched.count > watched.cap) this.exceed({ kind: 'array', ...watched });
    }
    // The broken cap's figure keeps growing, so the sentence can say how many there are.
    const excess = this.firstExcess;
    if (excess?.kind === 'values') excess.count = this.values;
    else if (excess?.kind === 'array' && excess.path === watched?.path) {
      excess.count = Math.max(excess.count, watched.count);
    }
  }

  private open(isObject: boolean): void {
    const parent = this.stack.at(-1);
    let path: string | null = null;
    if (!parent) path = '';
    else if (parent.isObject && parent.path !== null && this.pendingKey !== null) {
      path = parent.path === '' ? this.pendingKey : `${parent.path}.${this.pendingKey}`;
    }
    this.pendingKey = null;
    const cap = !isObject && path !== null ? this.caps.arrays[path] : undefined;
    this.stack.push({
      isObject,
      expectKey: isObject,
      path,
      watched: cap !== undefined && path !== null ? { path, count: 0, cap } : null,
    });
    if (this.stack.length > this.caps.maxDepth)
      this.exceed({ kind: 'depth', cap: this.caps.maxDepth });
  }

  private close(): void {
    this.stack.pop();
    this.pendingKey = null;
  }

  private exceed(excess: JsonScanExcess): void {
    this.firstExcess ??= excess;
  }
}
