namespace Fulfilment.UnitTests.Localization;

/// <summary>
/// Every text the UI and the rules show goes through a resource lookup keyed by its English wording; this test reads
/// the sources and fails for any key without a Simplified Chinese translation (or a translation nobody uses).
/// </summary>
public sealed partial class TranslationCoverageTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Every_text_of_the_web_ui_has_a_chinese_translation()
    {
        var missing = new List<string>();
        foreach (var (area, keys) in WebKeys())
        {
            var translated = Translations(Path.Combine(Root, "src/Fulfilment.Web/Resources/Localization", $"{area}.zh-CN.resx"));
            missing.AddRange(keys.Where(k => !translated.ContainsKey(k)).Select(k => $"{area}: {k}"));
        }

        Assert.True(missing.Count == 0, "Missing zh-CN translations:\n" + string.Join("\n", missing.Distinct().Order()));
    }

    [Fact]
    public void Every_message_of_the_rules_has_a_chinese_translation()
    {
        var translated = Translations(Path.Combine(Root, "src/Fulfilment/Resources/Messages.zh-CN.resx"));
        var missing = LibraryKeys().Where(k => !translated.ContainsKey(k)).Distinct().Order().ToList();
        Assert.True(missing.Count == 0, "Missing zh-CN translations in Messages:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Translations_are_not_empty_and_keep_their_placeholders()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src"), "*.zh-CN.resx", SearchOption.AllDirectories))
        {
            foreach (var (key, value) in Translations(file))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{Path.GetFileName(file)}: empty translation for \"{key}\"");
                }

                var wanted = Placeholder().Matches(key).Select(m => m.Value).Order();
                var found = Placeholder().Matches(value).Select(m => m.Value).Order();
                if (!wanted.SequenceEqual(found))
                {
                    problems.Add($"{Path.GetFileName(file)}: placeholders differ for \"{key}\"");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<(string Area, IEnumerable<string> Keys)> WebKeys()
    {
        var web = Path.Combine(Root, "src/Fulfilment.Web");
        var byArea = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.GetFiles(web, "*.*", SearchOption.AllDirectories).Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)))
        {
            foreach (var (variable, area) in Localizers(file, web))
            {
                var keys = byArea.TryGetValue(area, out var set) ? set : byArea[area] = [];
                foreach (Match m in Regex.Matches(File.ReadAllText(file), $@"(?<![\w.]){Regex.Escape(variable)}\[""((?:[^""\\]|\\.)*)""", RegexOptions.None, TimeSpan.FromSeconds(5)))
                {
                    keys.Add(Regex.Unescape(m.Groups[1].Value));
                }
            }
        }

        return byArea.Select(kv => (kv.Key, (IEnumerable<string>)kv.Value));
    }

    // The localizers a file can use: its own injections/parameters, and in views those of every _ViewImports above it.
    private static IEnumerable<(string Variable, string Area)> Localizers(string file, string webRoot)
    {
        var sources = new List<string> { file };
        if (file.EndsWith(".cshtml", StringComparison.Ordinal))
        {
            for (var dir = Path.GetDirectoryName(file); dir is not null && dir.StartsWith(webRoot, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir))
            {
                var imports = Path.Combine(dir, "_ViewImports.cshtml");
                if (File.Exists(imports))
                {
                    sources.Add(imports);
                }
            }
        }

        var seen = new HashSet<string>();
        foreach (var source in sources)
        {
            foreach (Match m in LocalizerDeclaration().Matches(File.ReadAllText(source)))
            {
                if (seen.Add(m.Groups["var"].Value))
                {
                    yield return (m.Groups["var"].Value, m.Groups["area"].Value);
                }
            }
        }
    }

    private static IEnumerable<string> LibraryKeys()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            foreach (Match m in LibraryLookup().Matches(File.ReadAllText(file)))
            {
                yield return Regex.Unescape(m.Groups[1].Value);
            }
        }
    }

    private static Dictionary<string, string> Translations(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Fulfilment.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root.");
    }

    [GeneratedRegex(@"IStringLocalizer<(?:[\w.]*\.)?(?<area>\w+Text)>\s+(?<var>\w+)")]
    private static partial Regex LocalizerDeclaration();

    [GeneratedRegex(@"Text\.(?:Get|Format)\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LibraryLookup();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
