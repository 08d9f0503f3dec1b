namespace Fulfilment.UnitTests;

/// <summary>
/// The Content-Security-Policy allows scripts and styles from the app's files only (<c>script-src 'self'</c>,
/// <c>style-src 'self'</c>): a view with an inline script, an <c>on…=</c> handler or a <c>style=</c> attribute would be
/// silently broken in the browser. Move them to <c>wwwroot/js</c> / <c>wwwroot/css</c>.
/// </summary>
public sealed partial class CspReadyViewsTests
{
    [Fact]
    public void No_view_holds_inline_script_event_handlers_or_style_attributes()
    {
        var pages = Path.Combine(RepoRoot(), "src", "Fulfilment.Web", "Pages");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (InlineScript().IsMatch(lines[i]) || EventHandler().IsMatch(lines[i]) || StyleAttribute().IsMatch(lines[i]))
                {
                    offences.Add($"{Path.GetRelativePath(pages, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulfilment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Fulfilment.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"\sstyle\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
