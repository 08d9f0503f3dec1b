namespace Fulfilment.UnitTests.Localization;

/// <summary>
/// Enum values the UI shows are worded once, in <c>EnumText.resx</c> (English) and <c>EnumText.zh-CN.resx</c>, under
/// <c>Enum_&lt;Type&gt;_&lt;Value&gt;</c>; views call <c>Labels.For(value)</c>. Every value of every enum listed in
/// <c>Labels.Shown</c> needs both words, so a new status cannot reach a page as its code name.
/// </summary>
public sealed partial class EnumLabelTests
{
    private static readonly string Web = Path.Combine(FindRoot(), "src", "Fulfilment.Web");

    [Fact]
    public void Every_value_of_every_enum_the_ui_shows_has_an_english_and_a_chinese_label()
    {
        var english = Labels("EnumText.resx");
        var chinese = Labels("EnumText.zh-CN.resx");
        var shown = ShownEnums();
        Assert.Contains(typeof(Fulfilment.Channels.GoodsType), shown);
        Assert.Contains(typeof(Fulfilment.Shipping.LogisticsOrderStatus), shown);

        var missing = new List<string>();
        foreach (var type in shown)
        {
            foreach (var value in Enum.GetNames(type))
            {
                var key = $"Enum_{type.Name}_{value}";
                if (!english.TryGetValue(key, out var en) || string.IsNullOrWhiteSpace(en))
                {
                    missing.Add($"English: {key}");
                }

                if (!chinese.TryGetValue(key, out var zh) || string.IsNullOrWhiteSpace(zh) || !zh.Any(c => c >= '\u4e00' && c <= '\u9fff'))
                {
                    missing.Add($"Chinese: {key}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Enum values without a label:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_view_switches_on_an_enum_to_word_it()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var type in ShownEnums())
            {
                // "GoodsType.Battery => L[...]" is a label written in a view; Labels.For(value) is the one home.
                if (Regex.IsMatch(text, $@"\b{type.Name}\.\w+\s*=>\s*[LS]\[""[^""]*""\]", RegexOptions.None, TimeSpan.FromSeconds(5)))
                {
                    offenders.Add($"{Path.GetRelativePath(Web, file)}: {type.Name}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Views that word enum values themselves:\n" + string.Join("\n", offenders));
    }

    private static List<Type> ShownEnums()
    {
        var source = File.ReadAllText(Path.Combine(Web, "Localization", "Labels.cs"));
        var list = source[source.IndexOf("Shown =", StringComparison.Ordinal)..source.IndexOf("];", StringComparison.Ordinal)];
        var types = typeof(Fulfilment.Channels.GoodsType).Assembly.GetTypes().Where(t => t.IsEnum).ToDictionary(t => t.Name);
        return [.. TypeOf().Matches(list).Select(m => types[m.Groups[1].Value])];
    }

    private static Dictionary<string, string> Labels(string file) =>
        XDocument.Load(Path.Combine(Web, "Resources", "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulfilment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"typeof\((\w+)\)")]
    private static partial Regex TypeOf();
}
