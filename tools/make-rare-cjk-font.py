#!/usr/bin/python3
"""Make the labels' rare-CJK fallback font: the CJK ideographs WenQuanYi Micro Hei lacks, from Noto Sans CJK SC,
with TrueType (quadratic) outlines.

Why: WenQuanYi Micro Hei has almost none of CJK Extension A (U+3400..) and nothing of Extension B (U+20000..), so names
such as 𠮷田 or 㐂 printed as '?'. Noto Sans CJK (SIL Open Font License 1.1) has all of Extension A and the Extension B
characters used in names (JIS X 0213, HKSCS, Chinese name characters), but it is a CFF-outline font in a collection, and
PDFsharp embeds CFF fonts whole (16 MB) and poppler then fails on them. Its glyphs are therefore subset to what the
labels need and converted to quadratic outlines with fontTools' cu2qu (max error 1 unit of 1000), which PDFsharp subsets
and embeds like any TrueType font.

The result is a Modified Version under the OFL: renamed (family "Label CJK Ext"; the licence's Reserved Font Name
"Source" is not used), and distributed with the licence (Fonts/LICENSE-NotoSansCJK.txt).

Made with Debian 12's fonts-noto-cjk 1:20220127+repack1-1 and python3-fonttools 4.38.0:
  /usr/bin/python3 tools/make-rare-cjk-font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \\
      src/Fulfilment/Labels/Fonts/WenQuanYiMicroHei.ttf src/Fulfilment/Labels/Fonts/LabelCjkExt.ttf
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

FAMILY = "Label CJK Ext"
SC_FACE = 2  # Noto Sans CJK SC in NotoSansCJK-Regular.ttc
IDEOGRAPHS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F)]


def to_truetype(font):
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for table in ("CFF ", "VORG", "vhea", "vmtx"):
        if table in font:
            del font[table]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, field, 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 3.0
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font):
    name = font["name"]
    keep = [r for r in name.names if r.nameID in (0, 7, 8, 9, 11, 12, 13, 14)]
    name.names = keep
    for name_id, text in ((1, FAMILY), (2, "Regular"), (3, FAMILY + " Regular"), (4, FAMILY), (5, "Version 1.0"),
                          (6, FAMILY.replace(" ", "") + "-Regular"),
                          (10, "CJK ideographs of Noto Sans CJK SC that WenQuanYi Micro Hei lacks, as TrueType outlines")):
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)


def main():
    source, wqy, target = sys.argv[1:4]
    noto = TTFont(source, fontNumber=SC_FACE, lazy=False)
    have = set(TTFont(wqy).getBestCmap())
    wanted = sorted(c for c in noto.getBestCmap() if any(lo <= c <= hi for lo, hi in IDEOGRAPHS) and c not in have)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GSUB", "GPOS", "GDEF", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(noto)
    to_truetype(noto)
    rename(noto)
    noto.save(target)
    print(f"{len(wanted)} characters, {noto['maxp'].numGlyphs} glyphs -> {target}")


if __name__ == "__main__":
    main()
