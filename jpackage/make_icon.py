#!/usr/bin/env python3
"""Draws Skyrack's 256 x 256 application icon (skyrack.png) with the standard library only:
a dark disc with a lit Earth, an inclined orbit ring and a satellite. Run: python3 make_icon.py"""
import math
import struct
import zlib

N = 256


def blend(dst, src, a):
    return tuple(int(d * (1 - a) + s * a) for d, s in zip(dst, src))


def pixel(x, y):
    cx = cy = N / 2
    dx, dy = x + 0.5 - cx, y + 0.5 - cy
    r = math.hypot(dx, dy)
    if r > 124:
        return (0, 0, 0, 0)
    col = (14, 28, 48)
    # Earth, lit from the upper right
    er = 70
    if r < er:
        nz = math.sqrt(max(0.0, 1 - (r / er) ** 2))
        lx, ly, lz = 0.6, -0.45, 0.66
        lam = max(0.0, (dx / er) * lx + (dy / er) * ly + nz * lz)
        base = (40, 110, 190)
        col = tuple(int(c * (0.18 + 0.9 * lam)) for c in base)
    # orbit ring: an ellipse tilted by 25 degrees
    t = math.radians(-25)
    ex = dx * math.cos(t) - dy * math.sin(t)
    ey = dx * math.sin(t) + dy * math.cos(t)
    e = math.hypot(ex / 104, ey / 34)
    behind = ey < 0 and r < er
    if abs(e - 1) < 0.03 and not behind:
        col = blend(col, (255, 196, 64), 0.95)
    # satellite on the ring
    sx, sy = 104 * math.cos(math.radians(35)), 34 * math.sin(math.radians(35))
    px = sx * math.cos(-t) - sy * math.sin(-t)
    py = sx * math.sin(-t) + sy * math.cos(-t)
    if abs(dx - px) < 9 and abs(dy - py) < 5:
        col = (235, 240, 250)
    # soft edge
    alpha = 255 if r < 123 else int(255 * (124 - r))
    return (*col, alpha)


rows = b''.join(b'\x00' + b''.join(struct.pack('4B', *pixel(x, y)) for x in range(N)) for y in range(N))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
with open('skyrack.png', 'wb') as f:
    f.write(png)
