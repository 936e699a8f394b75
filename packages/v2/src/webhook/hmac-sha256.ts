/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4), synchronous and in plain JavaScript. Web Crypto would
 * do, but each of its calls is a hop to a worker thread and back: for a 1 KiB webhook that hop
 * costs more than the hash (bench/webhook). No branch or index depends on the key or the data.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** Folds the 64-byte blocks of `bytes` from `offset` into `state`; `w` is scratch space. */
function compress(state: Int32Array, w: Int32Array, bytes: Uint8Array, offset: number, end: number): void {
  for (let block = offset; block + 64 <= end; block += 64) {
    for (let i = 0; i < 16; i++) {
      const at = block + i * 4;
      w[i] =
        ((bytes[at] as number) << 24) |
        ((bytes[at + 1] as number) << 16) |
        ((bytes[at + 2] as number) << 8) |
        (bytes[at + 3] as number);
    }
    for (let i = 16; i < 64; i++) {
      const w15 = w[i - 15] as number;
      const w2 = w[i - 2] as number;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
    }
    let a = state[0] as number;
    let b = state[1] as number;
    let c = state[2] as number;
    let d = state[3] as number;
    let e = state[4] as number;
    let f = state[5] as number;
    let g = state[6] as number;
    let h = state[7] as number;
    for (let i = 0; i < 64; i++) {
      const t1 =
        (h +
          (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
          ((e & f) ^ (~e & g)) +
          (K[i] as number) +
          (w[i] as number)) |
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = ((state[0] as number) + a) | 0;
    state[1] = ((state[1] as number) + b) | 0;
    state[2] = ((state[2] as number) + c) | 0;
    state[3] = ((state[3] as number) + d) | 0;
    state[4] = ((state[4] as number) + e) | 0;
    state[5] = ((state[5] as number) + f) | 0;
    state[6] = ((state[6] as number) + g) | 0;
    state[7] = ((state[7] as number) + h) | 0;
  }
}

/**
 * The digest of `message`, continuing from `start`, which has already absorbed `absorbed` bytes
 * (a whole number of blocks). `w` is scratch space, reused across calls of one key.
 */
function finish(start: Int32Array, absorbed: number, message: Uint8Array, w: Int32Array): Uint8Array {
  const state = new Int32Array(start);
  const whole = message.length - (message.length % 64);
  compress(state, w, message, 0, whole);
  const rest = message.length - whole;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(message.subarray(whole));
  tail[rest] = 0x80;
  const bits = (absorbed + message.length) * 8;
  writeUint32(tail, tail.length - 8, Math.floor(bits / 2 ** 32));
  writeUint32(tail, tail.length - 4, bits >>> 0);
  compress(state, w, tail, 0, tail.length);
  const digest = new Uint8Array(32);
  for (let i = 0; i < 8; i++) writeUint32(digest, i * 4, state[i] as number);
  return digest;
}

/** Big-endian, as SHA-256 writes its words. */
function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = value >>> 16;
  bytes[at + 2] = value >>> 8;
  bytes[at + 3] = value;
}

/** SHA-256 of `bytes`. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return finish(new Int32Array(INITIAL), 0, bytes, new Int32Array(64));
}

/** An HMAC-SHA256 key with its inner and outer pads already hashed, so each MAC is the message's blocks plus two. */
export interface HmacSha256 {
  mac(message: Uint8Array): Uint8Array;
}

export function hmacSha256(key: Uint8Array): HmacSha256 {
  const w = new Int32Array(64);
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const padded = (pad: number) => {
    const state = new Int32Array(INITIAL);
    compress(
      state,
      w,
      block.map((byte) => byte ^ pad),
      0,
      64,
    );
    return state;
  };
  const inner = padded(0x36);
  const outer = padded(0x5c);
  return { mac: (message) => finish(outer, 64, finish(inner, 64, message, w), w) };
}
