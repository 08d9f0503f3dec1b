using System.Diagnostics;
using System.Text;

namespace Fulfilment.Testing;

/// <summary>
/// Independent checks of printed files with poppler (<c>pdftotext</c>, <c>pdftoppm</c>, <c>pdfinfo</c>) and zbar
/// (<c>zbarimg</c>), as Debian packages them (poppler-utils, zbar-tools; <c>.ci/run</c> installs both).
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

    private static string Run(string tool, IReadOnlyList<string> args, int[]? okExitCodes = null)
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
            throw new InvalidOperationException($"{tool} is needed for these checks (Debian: apt-get install poppler-utils zbar-tools).", e);
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

            return stdout;
        }
    }
}
