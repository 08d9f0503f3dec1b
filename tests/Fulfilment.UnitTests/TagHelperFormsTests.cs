namespace Fulfilment.UnitTests;

/// <summary>
/// Form fields are named from the page model with tag helpers (<c>asp-for</c>, <c>checkbox-for</c>, a partial's
/// <c>for</c>), never typed by hand: a renamed property then renames its field, and the field shows its posted value and
/// its error without view code. The few names kept by hand are listed here with the reason (see docs/architecture.md).
/// </summary>
public sealed partial class TagHelperFormsTests
{
    /// <summary>Hand-typed field names that stay, each with why (a file and the name it types).</summary>
    private static readonly Dictionary<string, string> Kept = new(StringComparer.Ordinal)
    {
        // The inbox is the most visited page: its five filter fields and twenty row checkboxes through the tag helpers
        // took a fifth to a quarter of the page's CPU (bench/README, "The inbox page without a tag helper per field").
        ["Orders/Index.cshtml: name=\"@field\""] = "the inbox's filter fields, named as their query parameters",
        ["Orders/Index.cshtml: name=\"Input.Orders\""] = "the inbox's row checkboxes (the bulk page's Input.Orders)",
    };

    [Fact]
    public void No_page_types_a_field_name_that_a_tag_helper_can_give()
    {
        var pages = Path.Combine(RepoRoot(), "src", "Fulfilment.Web", "Pages");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            foreach (Match match in HandNamed().Matches(File.ReadAllText(file)))
            {
                found.Add($"{Path.GetRelativePath(pages, file).Replace('\\', '/')}: {match.Value}");
            }
        }

        var unexpected = found.Where(f => !Kept.ContainsKey(f)).ToList();
        Assert.True(unexpected.Count == 0, "Name these fields with asp-for (or checkbox-for, or a partial's for):\n" + string.Join("\n", unexpected));
        var stale = Kept.Keys.Where(k => !found.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "No longer typed by hand, drop from the list:\n" + string.Join("\n", stale));
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

    // A bound model's field (Input., TopUp., Bind.) or a name computed in the view.
    [GeneratedRegex(@"(?<=\s)name=""(?:(?:Input|TopUp|Bind)\.[^""]*|@[^""]*)""")]
    private static partial Regex HandNamed();
}
