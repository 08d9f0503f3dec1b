using System.Buffers.Binary;
using System.Collections.Frozen;

namespace Fulfilment.Labels;

/// <summary>
/// What the label layout needs to know about a TrueType font, read once from its tables: which characters it has
/// glyphs for (cmap) and how wide each one is (hmtx). Layout measures text with these numbers, so wrapping and
/// shrinking never depend on a renderer, and a character the font lacks is noticed before it prints as a blank box.
/// </summary>
public sealed class FontFace
{
    private readonly FrozenDictionary<int, double> _advances;

    private FontFace(string family, byte[] bytes, FrozenDictionary<int, double> advances, double ascent, double descent)
    {
        Family = family;
        Bytes = bytes;
        _advances = advances;
        Ascent = ascent;
        Descent = descent;
    }

    public string Family { get; }

    public byte[] Bytes { get; }

    /// <summary>Height above the baseline, in em.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, in em (positive).</summary>
    public double Descent { get; }

    public bool Has(int codePoint) => _advances.ContainsKey(codePoint);

    /// <summary>The advance width of a character in em (0 when the font has no glyph for it).</summary>
    public double Advance(int codePoint) => _advances.GetValueOrDefault(codePoint);

    public static FontFace Load(string family, byte[] bytes)
    {
        var tables = Tables(bytes);
        var head = tables["head"];
        var unitsPerEm = (double)U16(bytes, head + 18);
        var hhea = tables["hhea"];
        var ascent = (short)U16(bytes, hhea + 4) / unitsPerEm;
        var descent = -(short)U16(bytes, hhea + 6) / unitsPerEm;
        var metrics = U16(bytes, hhea + 34);
        var hmtx = tables["hmtx"];
        var glyphs = Cmap(bytes, tables["cmap"]);
        var advances = new Dictionary<int, double>(glyphs.Count);
        foreach (var (codePoint, glyph) in glyphs)
        {
            var index = Math.Min(glyph, metrics - 1);
            advances[codePoint] = U16(bytes, hmtx + (4 * index)) / unitsPerEm;
        }

        return new FontFace(family, bytes, advances.ToFrozenDictionary(), ascent, descent);
    }

    private static Dictionary<string, int> Tables(byte[] bytes)
    {
        var count = U16(bytes, 4);
        var tables = new Dictionary<string, int>(count);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            tables[System.Text.Encoding.ASCII.GetString(bytes, record, 4)] = (int)U32(bytes, record + 8);
        }

        return tables;
    }

    // The Unicode subtable: format 12 (full Unicode) when present, else format 4 (the Basic Multilingual Plane).
    private static Dictionary<int, int> Cmap(byte[] bytes, int cmap)
    {
        int? format4 = null, format12 = null;
        var count = U16(bytes, cmap + 2);
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (8 * i);
            var platform = U16(bytes, record);
            var encoding = U16(bytes, record + 2);
            var offset = cmap + (int)U32(bytes, record + 4);
            var format = U16(bytes, offset);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 = offset;
            }
        }

        var map = new Dictionary<int, int>();
        if (format12 is { } f12)
        {
            var groups = (int)U32(bytes, f12 + 12);
            for (var g = 0; g < groups; g++)
            {
                var group = f12 + 16 + (12 * g);
                var start = (int)U32(bytes, group);
                var end = (int)U32(bytes, group + 4);
                var glyph = (int)U32(bytes, group + 8);
                for (var c = start; c <= end; c++)
                {
                    Add(map, c, glyph + (c - start));
                }
            }
        }
        else if (format4 is { } f4)
        {
            var segments = U16(bytes, f4 + 6) / 2;
            var ends = f4 + 14;
            var starts = ends + (2 * segments) + 2;
            var deltas = starts + (2 * segments);
            var ranges = deltas + (2 * segments);
            for (var s = 0; s < segments; s++)
            {
                var start = U16(bytes, starts + (2 * s));
                var end = U16(bytes, ends + (2 * s));
                var delta = (short)U16(bytes, deltas + (2 * s));
                var rangeOffset = U16(bytes, ranges + (2 * s));
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (rangeOffset == 0)
                    {
                        glyph = (c + delta) & 0xFFFF;
                    }
                    else
                    {
                        var at = ranges + (2 * s) + rangeOffset + (2 * (c - start));
                        glyph = U16(bytes, at);
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                    }

                    Add(map, c, glyph);
                }
            }
        }

        return map;
    }

    private static void Add(Dictionary<int, int> map, int codePoint, int glyph)
    {
        if (glyph != 0)
        {
            map[codePoint] = glyph;
        }
    }

    private static int U16(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset));

    private static uint U32(byte[] bytes, int offset) => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
}
