using System.IO.Compression;

namespace Fulfilment.Labels;

/// <summary>
/// Compresses the streams of a PDF that PDFsharp wrote uncompressed, as complete zlib streams, while copying it to
/// its destination: the one place where label PDFs get their <c>FlateDecode</c> streams.
/// </summary>
/// <remarks>
/// <para>
/// Why this exists (upstream defect): PDFsharp 6.2.4 and 6.5.0 write every <c>FlateDecode</c> stream as an
/// <b>unterminated zlib stream</b>: <c>PdfSharp.Pdf.Filters.FlateDecode.Encode</c> writes the zlib header
/// (0x78 0xDA) and then raw deflate data from <c>DeflateStream</c>, but never the Adler-32 trailer that RFC 1950
/// requires, so a zlib inflater never sees the stream end (with <c>PdfFlateEncodeMode.BestSpeed</c> and <c>Default</c>
/// alike). Browsers and poppler tolerate it; <c>qpdf --check</c> warns on every page, and strict readers
/// (SharpZipLib-based tools, PDF4QT, CUPS filters built on qpdf) fail or show blank pages. PDFsharp has no option that
/// fixes the encoding, so the label renderer asks it for no compression at all
/// (<c>PdfDocumentOptions.NoCompression</c>) and compresses here, with .NET's <see cref="ZLibStream"/>. The
/// reproduction to report upstream is <c>docs/upstream/pdfsharp-unterminated-flate.md</c>. When PDFsharp writes
/// complete streams, delete this class and set <c>CompressContentStreams</c> again.
/// </para>
/// <para>
/// The input is what PDFsharp writes: a header, numbered objects (<c>n 0 obj … endobj</c>), one classic cross-reference
/// table and a trailer. Every stream without a <c>/Filter</c> (except the XMP metadata, which PDF/A wants readable) is
/// deflated and its <c>/Length</c> set to the compressed size; the other objects are copied byte for byte, and the
/// cross-reference table is written again with the new offsets. The same pass corrects PDFsharp's <c>ToUnicode</c>
/// maps for characters beyond U+FFFF (<see cref="ToUnicodeCMap"/>), the second upstream defect the labels meet. Each object is written as soon as it is ready, so
/// a large batch reaches the client while the rest is still being compressed.
/// </para>
/// </remarks>
public static class PdfStreamCompression
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] StartXref = "startxref"u8.ToArray();

    /// <summary>Copies <paramref name="pdf"/> (uncompressed, as PDFsharp writes it) to <paramref name="output"/> with its streams compressed.</summary>
    public static async Task CompressAsync(ReadOnlyMemory<byte> pdf, Stream output, CompressionLevel level, CancellationToken ct)
    {
        var (xrefAt, offsets) = ReadXref(pdf.Span);
        var order = Enumerable.Range(1, offsets.Length - 1).Where(n => offsets[n] >= 0).OrderBy(n => offsets[n]).ToArray();
        var newOffsets = new long[offsets.Length];
        var first = order.Length > 0 ? (int)offsets[order[0]] : xrefAt;
        await output.WriteAsync(pdf[..first], ct);
        long written = first;
        using var buffer = new MemoryStream(64 * 1024);
        using var deflated = new MemoryStream(64 * 1024);
        for (var i = 0; i < order.Length; i++)
        {
            var start = (int)offsets[order[i]];
            var end = i + 1 < order.Length ? (int)offsets[order[i + 1]] : xrefAt;
            newOffsets[order[i]] = written;
            buffer.SetLength(0);
            WriteObject(pdf.Span[start..end], buffer, deflated, level);
            await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
            written += buffer.Length;
        }

        buffer.SetLength(0);
        var xref = new StringBuilder(40 + (20 * offsets.Length));
        xref.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Length}\n0000000000 65535 f\r\n");
        for (var n = 1; n < offsets.Length; n++)
        {
            xref.Append(offsets[n] >= 0 ? newOffsets[n].ToString("D10", CultureInfo.InvariantCulture) + " 00000 n\r\n" : "0000000000 65535 f\r\n");
        }

        buffer.Write(Encoding.ASCII.GetBytes(xref.ToString()));
        // The trailer (size, root, info, id) is unchanged; only where the table starts moves.
        var trailer = pdf.Span[xrefAt..];
        var trailerAt = trailer.IndexOf("trailer"u8);
        var startXrefAt = trailer.LastIndexOf(StartXref);
        if (trailerAt < 0 || startXrefAt < trailerAt)
        {
            throw new InvalidDataException("The PDF has no trailer after its cross-reference table.");
        }

        buffer.Write(trailer[trailerAt..startXrefAt]);
        buffer.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{written}\n%%EOF\n")));
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
    }

    /// <summary>The same, into a byte array.</summary>
    public static byte[] Compress(ReadOnlyMemory<byte> pdf, CompressionLevel level)
    {
        using var output = new MemoryStream(pdf.Length / 3);
        // A MemoryStream completes every write synchronously.
        CompressAsync(pdf, output, level, CancellationToken.None).GetAwaiter().GetResult();
        return output.ToArray();
    }

    /// <summary>Deflates one object's stream when it has an unfiltered one; copies the object otherwise.</summary>
    private static void WriteObject(ReadOnlySpan<byte> obj, MemoryStream output, MemoryStream deflated, CompressionLevel level)
    {
        var open = obj.IndexOf("<<"u8);
        var header = open < 0 ? -1 : obj[..open].IndexOf("obj"u8);
        var close = open < 0 || header < 0 ? -1 : DictionaryEnd(obj, open);
        if (close < 0)
        {
            output.Write(obj);
            return;
        }

        var afterDictionary = close;
        while (afterDictionary < obj.Length && IsWhiteSpace(obj[afterDictionary]))
        {
            afterDictionary++;
        }

        var dictionary = obj[open..close];
        if (!obj[afterDictionary..].StartsWith(StreamKeyword) || TopLevelKey(dictionary, "/Filter"u8) >= 0 || dictionary.IndexOf("/Type/Metadata"u8) >= 0)
        {
            output.Write(obj);
            return;
        }

        // "stream" is followed by CR LF or LF, then exactly /Length bytes of data.
        var dataAt = afterDictionary + StreamKeyword.Length;
        dataAt += obj[dataAt] == '\r' ? 2 : 1;
        var lengthKey = TopLevelKey(dictionary, "/Length"u8);
        if (lengthKey < 0 || !TryReadNumber(dictionary[(lengthKey + 7)..], out var length, out var lengthEnd) || dataAt + length > obj.Length)
        {
            throw new InvalidDataException("A PDF stream has no direct /Length.");
        }

        var data = obj.Slice(dataAt, length);
        var fixedCMap = data.StartsWith("/CIDInit"u8) ? ToUnicodeCMap.WithUtf16Destinations(data) : null;
        deflated.SetLength(0);
        using (var zlib = new ZLibStream(deflated, level, leaveOpen: true))
        {
            zlib.Write(fixedCMap ?? data);
        }

        var valueEnd = lengthKey + 7 + lengthEnd;
        output.Write(obj[..(open + lengthKey)]);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"/Filter/FlateDecode/Length {deflated.Length}")));
        output.Write(obj[(open + valueEnd)..dataAt]);
        output.Write(deflated.GetBuffer().AsSpan(0, (int)deflated.Length));
        output.Write(obj[(dataAt + length)..]);
    }

    /// <summary>The index just after the <c>&gt;&gt;</c> closing the dictionary opened at <paramref name="open"/>, or -1.</summary>
    private static int DictionaryEnd(ReadOnlySpan<byte> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length - 1; i++)
        {
            switch (text[i])
            {
                case (byte)'(':
                    i = StringEnd(text, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case (byte)'<' when text[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'>' when text[i + 1] == '>':
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    // A literal string: balanced parentheses, with backslash escapes.
    private static int StringEnd(ReadOnlySpan<byte> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    depth++;
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>Where <paramref name="key"/> (a whole name) is a key of the dictionary itself, not of one inside it; or -1.</summary>
    private static int TopLevelKey(ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> key)
    {
        var depth = 0;
        for (var i = 0; i < dictionary.Length - 1; i++)
        {
            var c = dictionary[i];
            if (c == '(')
            {
                i = StringEnd(dictionary, i);
                if (i < 0)
                {
                    return -1;
                }
            }
            else if ((c == '<' && dictionary[i + 1] == '<') || (c == '>' && dictionary[i + 1] == '>'))
            {
                depth += c == '<' ? 1 : -1;
                i++;
            }
            else if (c == '/' && depth == 1 && dictionary[i..].StartsWith(key)
                && (i + key.Length >= dictionary.Length || IsDelimiter(dictionary[i + key.Length])))
            {
                return i;
            }
        }

        return -1;
    }

    // A direct non-negative integer after optional white space (an indirect "n 0 R" length is refused).
    private static bool TryReadNumber(ReadOnlySpan<byte> text, out int value, out int end)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && IsWhiteSpace(text[i]))
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9')
        {
            value = checked((value * 10) + (text[i] - '0'));
            i++;
        }

        end = i;
        var rest = text[i..].TrimStart(" \r\n"u8);
        var indirect = rest.Length > 0 && rest[0] is >= (byte)'0' and <= (byte)'9';
        return i > digits && !indirect;
    }

    private static (int XrefAt, long[] Offsets) ReadXref(ReadOnlySpan<byte> pdf)
    {
        var startXref = pdf.LastIndexOf(StartXref);
        if (startXref < 0 || !TryReadNumber(pdf[(startXref + StartXref.Length)..], out var xrefAt, out _) || xrefAt >= pdf.Length
            || !pdf[xrefAt..].StartsWith("xref"u8))
        {
            throw new InvalidDataException("The PDF has no classic cross-reference table.");
        }

        var lines = Encoding.ASCII.GetString(pdf[(xrefAt + 4)..startXref]).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = new List<long>();
        var line = 0;
        while (line < lines.Length && !lines[line].StartsWith("trailer", StringComparison.Ordinal))
        {
            var section = lines[line++].Split(' ');
            var firstNumber = int.Parse(section[0], CultureInfo.InvariantCulture);
            var count = int.Parse(section[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++)
            {
                var entry = lines[line++].Split(' ');
                var number = firstNumber + k;
                while (entries.Count <= number)
                {
                    entries.Add(-1);
                }

                entries[number] = entry[2] == "n" ? long.Parse(entry[0], CultureInfo.InvariantCulture) : -1;
            }
        }

        if (entries.Count == 0)
        {
            entries.Add(-1);
        }

        entries[0] = -1;
        return (xrefAt, [.. entries]);
    }

    private static bool IsWhiteSpace(byte c) => c is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte c) => IsWhiteSpace(c) || c is (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)'(';
}

/// <summary>
/// Corrects a <c>ToUnicode</c> CMap that PDFsharp wrote for characters outside the Basic Multilingual Plane.
/// </summary>
/// <remarks>
/// Upstream defect (PDFsharp 6.2.4; reported with the other in <c>docs/upstream/pdfsharp-unterminated-flate.md</c>):
/// the CMap's destinations must be UTF-16BE (PDF 32000-1, 9.10.3), but PDFsharp writes the code point itself, so
/// 𠮷 (U+20BB7) becomes <c>&lt;20BB7&gt;</c> instead of <c>&lt;D842DFB7&gt;</c>; the glyph prints right, but text
/// extraction, search and copy give garbage. Every destination of more than four hex digits is rewritten as its
/// surrogate pair; everything else is left as it is.
/// </remarks>
public static class ToUnicodeCMap
{
    /// <summary>The CMap with UTF-16 destinations, or null when it has nothing to correct.</summary>
    public static byte[]? WithUtf16Destinations(ReadOnlySpan<byte> cmap)
    {
        var text = Encoding.ASCII.GetString(cmap);
        var corrected = System.Text.RegularExpressions.Regex.Replace(
            text,
            @"(?<=<[0-9A-Fa-f]{4}>\s*(?:<[0-9A-Fa-f]{4}>\s*)?)<([0-9A-Fa-f]{5,6})>",
            match =>
            {
                var codePoint = int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return codePoint is > 0xFFFF and <= 0x10FFFF
                    ? $"<{(int)char.ConvertFromUtf32(codePoint)[0]:X4}{(int)char.ConvertFromUtf32(codePoint)[1]:X4}>"
                    : match.Value;
            });
        return ReferenceEquals(corrected, text) || corrected == text ? null : Encoding.ASCII.GetBytes(corrected);
    }
}
