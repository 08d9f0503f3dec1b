#!/usr/bin/env python3
"""Take one face out of a TrueType collection (.ttc) as a plain .ttf, byte for byte.

PDFsharp cannot read collections, so the label font is committed as a plain .ttf. This is how it was made:
  tools/extract-font.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 src/Fulfilment/Labels/Fonts/WenQuanYiMicroHei.ttf
(Debian package fonts-wqy-microhei 0.2.0-beta; face 0 is "WenQuanYi Micro Hei"). The tables are copied unchanged;
only their offsets and the font's whole-file checksum adjustment are recomputed.
"""
import struct, sys

def checksum(data):
    data += b'\0' * (-len(data) % 4)
    return sum(struct.unpack(f'>{len(data) // 4}L', data)) & 0xFFFFFFFF

def main():
    source, index, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    blob = open(source, 'rb').read()
    if blob[:4] != b'ttcf':
        sys.exit(f'{source} is not a TrueType collection')
    count = struct.unpack_from('>L', blob, 8)[0]
    if not 0 <= index < count:
        sys.exit(f'{source} has {count} faces')
    face = struct.unpack_from('>L', blob, 12 + 4 * index)[0]
    version, tables = struct.unpack_from('>LH', blob, face)
    records = [struct.unpack_from('>4sLLL', blob, face + 12 + 16 * i) for i in range(tables)]
    records.sort(key=lambda r: r[0])
    power = 1 << (tables.bit_length() - 1)
    header = struct.pack('>LHHHH', version, tables, power * 16, power.bit_length() - 1, tables * 16 - power * 16)
    offset = 12 + 16 * tables
    directory, body = b'', b''
    for tag, _, start, length in records:
        data = blob[start:start + length]
        if tag == b'head':
            data = data[:8] + b'\0\0\0\0' + data[12:]  # checkSumAdjustment is recomputed below
        directory += struct.pack('>4sLLL', tag, checksum(data), offset + len(body), length)
        body += data + b'\0' * (-len(data) % 4)
    font = bytearray(header + directory + body)
    head = next(offset + o for (tag, _, _, _), o in zip(records, [struct.unpack_from('>L', directory, 16 * i + 8)[0] - offset for i in range(tables)]) if tag == b'head')
    struct.pack_into('>L', font, head + 8, (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF)
    open(target, 'wb').write(font)
    print(f'{target}: face {index} of {count}, {tables} tables, {len(font)} bytes')

main()
