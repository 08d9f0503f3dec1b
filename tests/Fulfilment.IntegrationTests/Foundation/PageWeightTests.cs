namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>Static files travel compressed and, under a fingerprinted URL, are cached for a year; pages are not compressed.</summary>
public sealed partial class PageWeightTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Bootstrap_css_is_sent_compressed_when_the_browser_accepts_it(string encoding)
    {
        using var client = fixture.Anonymous();
        var raw = await client.GetByteArrayAsync("/lib/bootstrap/bootstrap.min.css", TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/bootstrap/bootstrap.min.css");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var sent = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(sent.Length * 4 < raw.Length, $"{encoding}: {sent.Length} bytes of {raw.Length}");
        TestContext.Current.SendDiagnosticMessage($"bootstrap.min.css: {raw.Length} bytes raw, {sent.Length} bytes {encoding}");
    }

    [Fact]
    public async Task A_fingerprinted_asset_is_cached_for_a_year_and_the_login_page_is_not_compressed()
    {
        using var client = fixture.Anonymous();
        using var login = new HttpRequestMessage(HttpMethod.Get, "/Login");
        login.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var page = await client.SendAsync(login, TestContext.Current.CancellationToken);
        Assert.Empty(page.Content.Headers.ContentEncoding);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var fingerprinted = BootstrapLink().Match(html);
        Assert.True(fingerprinted.Success, "The layout links bootstrap.min.css by a fingerprinted URL.");
        using var asset = await client.GetAsync(WebUtility.HtmlDecode(fingerprinted.Groups[1].Value), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
        Assert.True(asset.Headers.CacheControl?.Public);
        Assert.Contains("immutable", asset.Headers.CacheControl!.Extensions.Select(e => e.Name));

        using var plain = await client.GetAsync("/lib/bootstrap/bootstrap.min.css", TestContext.Current.CancellationToken);
        Assert.True(plain.Headers.CacheControl?.NoCache, "Without a fingerprint the browser checks again.");
    }

    [GeneratedRegex("href=\"(/lib/bootstrap/bootstrap\\.min\\.css\\?v=[^\"]+)\"")]
    private static partial Regex BootstrapLink();
}
