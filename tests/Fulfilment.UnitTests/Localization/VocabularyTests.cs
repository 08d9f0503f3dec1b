namespace Fulfilment.UnitTests.Localization;

/// <summary>
/// One vocabulary (issue 12 §6): every Chinese resource string uses the seeds' words from <see cref="Glossary"/>, never a
/// banned synonym (物流渠道, 承运商, 发货地址 ...), and never leaves a glossary term in English.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void No_chinese_string_uses_a_banned_synonym()
    {
        var found = AllTranslations()
            .SelectMany(t => Glossary.BannedChinese.Where(b => t.Chinese.Contains(b.Key, StringComparison.Ordinal))
                .Select(b => $"{t.File}: \"{t.English}\" → \"{t.Chinese}\" uses {b.Key}; say {b.Value}"))
            .ToList();
        Assert.True(found.Count == 0, "Banned synonyms:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Every_glossary_term_is_translated_with_the_glossary_word()
    {
        var wrong = new List<string>();
        foreach (var t in AllTranslations())
        {
            // The longest matching term decides: "Online Shipping User Agreement" is not checked as "Online shipping".
            var found = Glossary.Terms.Where(term => term.FoundIn(t.English)).ToList();
            foreach (var term in found.Where(term => !found.Any(longer => longer != term && longer.English.Contains(term.English, StringComparison.OrdinalIgnoreCase))))
            {
                if (!t.Chinese.Contains(term.Chinese, StringComparison.Ordinal))
                {
                    wrong.Add($"{t.File}: \"{t.English}\" → \"{t.Chinese}\" should say {term.Chinese} for \"{term.English}\"");
                }

                if (t.Chinese.Contains(term.English, StringComparison.OrdinalIgnoreCase))
                {
                    wrong.Add($"{t.File}: \"{t.English}\" → \"{t.Chinese}\" leaves \"{term.English}\" untranslated");
                }
            }
        }

        Assert.True(wrong.Count == 0, "Off-glossary translations:\n" + string.Join("\n", wrong.Distinct()));
    }

    [Fact]
    public void The_glossary_itself_uses_no_banned_word()
    {
        Assert.DoesNotContain(Glossary.Terms, t => Glossary.BannedChinese.Keys.Any(b => t.Chinese.Contains(b, StringComparison.Ordinal)));
        Assert.Equal(Glossary.Terms.Count, Glossary.Terms.Select(t => t.English.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void The_test_catches_a_banned_synonym_and_an_untranslated_term()
    {
        Assert.Contains(Glossary.BannedChinese.Keys, b => "选择物流渠道".Contains(b, StringComparison.Ordinal));
        var term = Assert.Single(Glossary.Terms, t => t.English == "Online shipping");
        Assert.True(term.FoundIn("Choose Online shipping to start"));
        Assert.DoesNotContain(term.Chinese, "选择 Online shipping 开始", StringComparison.Ordinal);
    }

    // English is the key, except in a file with an English resource beside it (EnumText: keys like Enum_GoodsType_General).
    private static IEnumerable<(string File, string English, string Chinese)> AllTranslations() =>
        Directory.GetFiles(Path.Combine(Root, "src"), "*.zh-CN.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var neutral = f.Replace(".zh-CN.resx", ".resx", StringComparison.Ordinal);
                var english = File.Exists(neutral)
                    ? XDocument.Load(neutral).Root!.Elements("data").ToDictionary(d => (string?)d.Attribute("name") ?? "", d => (string?)d.Element("value") ?? "")
                    : [];
                return XDocument.Load(f).Root!.Elements("data").Select(d => (string?)d.Attribute("name") ?? "")
                    .Zip(XDocument.Load(f).Root!.Elements("data").Select(d => (string?)d.Element("value") ?? ""))
                    .Select(x => (Path.GetFileName(f), english.GetValueOrDefault(x.First, x.First), x.Second));
            });

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Fulfilment.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root.");
    }
}
