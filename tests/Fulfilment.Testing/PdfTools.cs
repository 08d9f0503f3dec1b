using System.Diagnostics;
using System.Text;

namespace Fulfilment.Testing;

/// <summary>
/// Independent checks of printed files with poppler (<c>pdftotext</c>, <c>pdftoppm</c>, <c>pdfinfo</c>) and zbar
/// (<c>zbarimg</c>) and qpdf, as Debian packages them (poppler-utils, zbar-tools, qpdf; <c>.ci/run</c> installs them).
/// </summary>
public static class PdfTools
{
    /// <summary>The PDF's text as poppler extracts it (UTF-8).</summary>
    public static string Text(byte[] pdf, int? page = null) =>
        WithFile(pdf, path => Run("pdftotext", [.. Pages(page), "-enc", "UTF-8", path, "-"]));

    public static string Info(byte[] pdf) => WithFile(pdf, path => Run("pdfinfo", [path]));

    /// <summary>The fonts the PDF embeds, as <c>pdffonts</c> lists them (subset prefixes such as <c>ABCDEF+</c> removed).</summary>
    public static IReadOnlyList<string> Fonts(byte[] pdf) =>
        [.. WithFile(pdf, path => Run("pdffonts", [path])).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0].Trim())
            .Select(name => name.Length > 7 && name[6] == '+' ? name[7..] : name)
            .Distinct()];

    public static int PageCount(byte[] pdf) =>
        int.Parse(Info(pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Renders one page to PNG at <paramref name="dpi"/> and returns the image file's bytes.</summary>
    public static byte[] Png(byte[] pdf, int page = 1, int dpi = 203) =>
        WithFile(pdf, path =>
        {
            var prefix = Path.Combine(Path.GetDirectoryName(path)!, "page");
            Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", path, prefix]);
            return File.ReadAllBytes(prefix + ".png");
        });

    /// <summary>What zbar reads from one rendered page: every barcode's data, one entry each.</summary>
    public static IReadOnlyList<string> Barcodes(byte[] pdf, int page = 1, int dpi = 203)
    {
        var png = Png(pdf, page, dpi);
        return WithFile(png, path => Run("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Scode128.enable", path], okExitCodes: [0, 4])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), ".png");
    }

    /// <summary>
    /// What <c>qpdf --check</c> says about the PDF (Debian package qpdf): its exit code (0 clean, 3 with warnings, 2 with
    /// errors) and everything it printed.
    /// </summary>
    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf) =>
        WithFile(pdf, path =>
        {
            var code = 0;
            var output = Run("qpdf", ["--check", path], okExitCodes: [0, 2, 3], exitCode: c => code = c, withStderr: true);
            return (code, output);
        });

    /// <summary>
    /// Decodes every <c>FlateDecode</c> stream strictly and returns one line per stream that is not a complete zlib
    /// stream (empty when all are): a valid zlib header, exactly <c>/Length</c> bytes before <c>endstream</c>, data that
    /// .NET's <see cref="System.IO.Compression.ZLibStream"/> inflates, and a closing Adler-32 equal to the checksum of
    /// what it inflated (.NET's inflater itself accepts a stream that just stops, so the trailer is compared here).
    /// Also counts the streams it checked.
    /// </summary>
    public static (int Streams, IReadOnlyList<string> Problems) StrictFlateCheck(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var problems = new List<string>();
        var streams = 0;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"(\d+) 0 obj\s*<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var dictionary = match.Groups[2].Value;
            var name = $"object {match.Groups[1].Value}";
            var length = System.Text.RegularExpressions.Regex.Match(dictionary, @"/Length (\d+)(?! \d+ R)");
            if (!length.Success)
            {
                problems.Add($"{name}: no direct /Length");
                continue;
            }

            var data = pdf.AsSpan(match.Index + match.Length, int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            var after = Encoding.Latin1.GetString(pdf.AsSpan(match.Index + match.Length + data.Length, Math.Min(12, pdf.Length - (match.Index + match.Length + data.Length)))).TrimStart('\r', '\n');
            if (!after.StartsWith("endstream", StringComparison.Ordinal))
            {
                problems.Add($"{name}: /Length {data.Length} does not end at endstream");
            }

            if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            streams++;
            if (data.Length < 6 || (data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0 || (data[1] & 0x20) != 0)
            {
                problems.Add($"{name}: not a zlib header");
                continue;
            }

            byte[] inflated;
            try
            {
                using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
                using var output = new MemoryStream();
                zlib.CopyTo(output);
                inflated = output.ToArray();
            }
            catch (InvalidDataException e)
            {
                problems.Add($"{name}: {e.Message}");
                continue;
            }

            var trailer = (uint)((data[^4] << 24) | (data[^3] << 16) | (data[^2] << 8) | data[^1]);
            if (trailer != Adler32(inflated))
            {
                problems.Add($"{name}: unterminated (no Adler-32 of the {inflated.Length} inflated bytes at its end)");
            }
        }

        return (streams, problems);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var c in data)
        {
            a = (a + c) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }

    /// <summary>Text without any whitespace, for finding wrapped text whatever the line breaks.</summary>
    public static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static IEnumerable<string> Pages(int? page) => page is { } p ? ["-f", $"{p}", "-l", $"{p}"] : [];

    private static T WithFile<T>(byte[] bytes, Func<string, T> work, string extension = ".pdf")
    {
        var directory = Path.Combine(Path.GetTempPath(), "fulfilment-pdf", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var path = Path.Combine(directory, "file" + extension);
            File.WriteAllBytes(path, bytes);
            return work(path);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Run(string tool, IReadOnlyList<string> args, int[]? okExitCodes = null, Action<int>? exitCode = null, bool withStderr = false)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is needed for these checks (Debian: apt-get install poppler-utils zbar-tools qpdf).", e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (!(okExitCodes ?? [0]).Contains(process.ExitCode))
            {
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr.Result}");
            }

            exitCode?.Invoke(process.ExitCode);
            return withStderr ? stdout + stderr.Result : stdout;
        }
    }
}
