namespace Fulfilment.EndToEnd;

/// <summary>
/// Saves full-page screenshots to <c>artifacts/screenshots/</c> at the repository root (a CI artefact). The pictures
/// README shows are saved with <see cref="SaveForReadmeAsync"/> (by the journeys, one test per picture); with
/// FULFILMENT_UPDATE_SCREENSHOTS=1 those are also written to <c>docs/screenshots/</c>.
/// </summary>
public static class Screenshots
{
    private static readonly string Root = FindRoot();

    private static bool Updating => Environment.GetEnvironmentVariable("FULFILMENT_UPDATE_SCREENSHOTS") == "1";

    /// <summary>A picture for the CI artefacts only.</summary>
    public static async Task SaveAsync(IPage page, string name) =>
        Write(Path.Combine(Root, "artifacts", "screenshots"), name, await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));

    /// <summary>A picture README shows: refreshed in docs/screenshots when FULFILMENT_UPDATE_SCREENSHOTS=1.</summary>
    public static async Task SaveForReadmeAsync(IPage page, string name) =>
        SaveForReadme(name, await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));

    /// <summary>A PNG made elsewhere (a rendered label page) that README shows.</summary>
    public static void SaveForReadme(string name, byte[] png)
    {
        Write(Path.Combine(Root, "artifacts", "screenshots"), name, png);
        if (Updating)
        {
            Write(Path.Combine(Root, "docs", "screenshots"), name, png);
        }
    }

    private static void Write(string directory, string name, byte[] bytes)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name + ".png"), bytes);
    }

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Fulfilment.sln")))
            {
                return dir;
            }
        }

        return AppContext.BaseDirectory;
    }
}
