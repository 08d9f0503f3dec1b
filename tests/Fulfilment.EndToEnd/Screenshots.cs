using Microsoft.Playwright;

namespace Fulfilment.EndToEnd;

/// <summary>
/// Saves full-page screenshots to <c>artifacts/screenshots/</c> at the repository root (a CI artefact). With
/// FULFILMENT_UPDATE_SCREENSHOTS=1 they are also written to <c>docs/screenshots/</c>, the pictures README shows.
/// </summary>
public static class Screenshots
{
    private static readonly string Root = FindRoot();

    public static async Task SaveAsync(IPage page, string name)
    {
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Write(Path.Combine(Root, "artifacts", "screenshots"), name, bytes);
        if (Environment.GetEnvironmentVariable("FULFILMENT_UPDATE_SCREENSHOTS") == "1")
        {
            Write(Path.Combine(Root, "docs", "screenshots"), name, bytes);
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
