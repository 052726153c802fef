#!/usr/bin/python3
"""Golden WAV fixtures for org.avrs.signal.io.WavReader, written by programs other than AVRS.

Run from the repository root with Debian's Python (numpy/scipy from python3-numpy, python3-scipy):
    /usr/bin/python3 tools/golden/signal_io_wav.py
Writes avrs-signal/src/test/resources/io/wav/*.wav and io/wav/expected.json (with reference numbers of
EmoDB's 03a01Fa.wav read by scipy when ../shared/data is present).
Made with: Python 3.11.2, numpy 1.24.2 (Debian), scipy 1.10.1 (Debian), the standard `wave` module.

Writers: scipy.io.wavfile.write (int16, int32, float32, float64), the standard `wave` module (8-bit
unsigned, 24-bit), and hand-packed `struct` bytes for WAVE_FORMAT_EXTENSIBLE and extra chunks
(LIST with an odd size and its pad byte, fact). Expected values follow the documented convention:
an n-bit signed sample v → v / 2**(n-1); 8-bit unsigned v → (v - 128) / 128; floats as stored.
"""
import json
import os
import struct
import wave

import numpy as np

from signal_io_shared import shared_data
import scipy
from scipy.io import wavfile

OUT = "avrs-signal/src/test/resources/io/wav"
N = 37  # frames per file: small, odd


def ints(bits, channels, seed):
    """Deterministic samples covering both extremes, zero and ±1 of the signed n-bit range."""
    rng = np.random.default_rng(seed)
    lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    x = rng.integers(lo, hi + 1, size=(N, channels), dtype=np.int64)
    x[0, :] = lo
    x[1, :] = hi
    x[2, :] = 0
    x[3, :] = 1
    x[4, :] = -1
    return x


def floats(channels, seed, dtype):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.2, 1.2, size=(N, channels)).astype(dtype)
    x[0, :] = -1.0
    x[1, :] = 1.0
    x[2, :] = 0.0
    return x


def pack_24(x):
    b = bytearray()
    for v in x.reshape(-1):
        b += int(v).to_bytes(3, "little", signed=True)
    return bytes(b)


def chunk(cid, body):
    pad = b"\0" if len(body) % 2 else b""
    return cid + struct.pack("<I", len(body)) + body + pad


def riff(chunks):
    body = b"WAVE" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


GUID_TAIL = bytes([0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xAA, 0, 0x38, 0x9B, 0x71])


def fmt_extensible(code, channels, rate, container_bits, valid_bits, mask):
    block = channels * container_bits // 8
    return chunk(b"fmt ", struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block,
                                      container_bits, 22, valid_bits, mask)
                 + struct.pack("<H", code) + GUID_TAIL)


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {}

    def record(name, rate, names, values):
        expected[name] = {"rate": rate, "names": names,
                          "values": [[float(v) for v in values[:, c]] for c in range(values.shape[1])]}

    # scipy writers
    x = ints(16, 2, 1).astype(np.int16)
    wavfile.write(f"{OUT}/pcm_s16_stereo.wav", 16000, x)
    record("pcm_s16_stereo.wav", 16000, ["left", "right"], x / 32768.0)

    x = ints(32, 1, 2).astype(np.int32)
    wavfile.write(f"{OUT}/pcm_s32_mono.wav", 44100, x[:, 0])
    record("pcm_s32_mono.wav", 44100, ["mono"], x / 2147483648.0)

    x = floats(2, 3, np.float32)
    wavfile.write(f"{OUT}/float32_stereo.wav", 22050, x)
    record("float32_stereo.wav", 22050, ["left", "right"], x.astype(np.float64))

    x = floats(1, 4, np.float64)
    wavfile.write(f"{OUT}/float64_mono.wav", 8000, x[:, 0])
    record("float64_mono.wav", 8000, ["mono"], x)

    # standard `wave` module: 8-bit unsigned and 24-bit
    x = ints(8, 1, 5)  # signed range; stored unsigned with offset 128
    with wave.open(f"{OUT}/pcm_u8_mono.wav", "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(11025)
        w.writeframes((x + 128).astype(np.uint8).tobytes())
    record("pcm_u8_mono.wav", 11025, ["mono"], x / 128.0)

    x = ints(24, 3, 6)
    with wave.open(f"{OUT}/pcm_s24_3ch.wav", "wb") as w:
        w.setnchannels(3)
        w.setsampwidth(3)
        w.setframerate(48000)
        w.writeframes(pack_24(x))
    record("pcm_s24_3ch.wav", 48000, ["ch0", "ch1", "ch2"], x / 8388608.0)

    # hand-packed WAVE_FORMAT_EXTENSIBLE: 24 valid bits left-justified in 32, mask FL|FR|LFE,
    # with a LIST chunk of odd size (pad byte) before fmt and data
    v24 = ints(24, 3, 7)
    x = (v24 << 8).astype(np.int32)
    data = x.astype("<i4").tobytes()
    info = chunk(b"LIST", b"INFOISFT" + struct.pack("<I", 5) + b"avrs\0")  # 17 bytes: odd
    with open(f"{OUT}/ext_pcm24in32_3ch.wav", "wb") as f:
        f.write(riff([info, fmt_extensible(1, 3, 32000, 32, 24, 0x0B), chunk(b"data", data)]))
    record("ext_pcm24in32_3ch.wav", 32000, ["FL", "FR", "LFE"], x / 2147483648.0)

    # hand-packed extensible IEEE float mono, fact chunk and an odd unknown chunk after data
    x = floats(1, 8, np.float32)
    fact = chunk(b"fact", struct.pack("<I", N))
    junk = chunk(b"junk", b"abc")
    with open(f"{OUT}/ext_float32_mono.wav", "wb") as f:
        f.write(riff([fmt_extensible(3, 1, 96000, 32, 32, 0x4), fact, chunk(b"data", x.astype("<f4").tobytes()),
                      junk]))
    record("ext_float32_mono.wav", 96000, ["FC"], x.astype(np.float64))

    # EmoDB copy in ../shared/data (not copied here; its license is unstated): a few reference numbers
    emodb = os.path.join(shared_data() or "/nonexistent", "emodb/wav/03a01Fa.wav")
    if os.path.exists(emodb):
        rate, x = wavfile.read(emodb)
        y = x.astype(np.float64) / 32768.0
        expected["_emodb_03a01Fa"] = {"rate": rate, "n": int(len(y)), "first16": [float(v) for v in y[:16]],
                                      "sumsq": float(np.sum(y * y))}

    expected["_source"] = ("tools/golden/signal_io_wav.py; numpy " + np.__version__ + ", scipy "
                           + scipy.__version__ + "; writers: scipy.io.wavfile.write, wave, struct")
    with open(f"{OUT}/expected.json", "w") as f:
        json.dump(expected, f, indent=1)


if __name__ == "__main__":
    main()
