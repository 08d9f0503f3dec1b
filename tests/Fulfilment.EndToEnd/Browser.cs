using System.Collections.Concurrent;

namespace Fulfilment.EndToEnd;

/// <summary>
/// One headless Chromium (Debian's, at /usr/bin/chromium, or FULFILMENT_CHROMIUM) for the run. Each scenario opens
/// its own context, so cookies and language never leak between scenarios.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IBrowserContext>> _contextsByTest = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Chromium => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public async ValueTask InitializeAsync()
    {
        // Expectations wait as long as actions do: on a 2-core CI machine running the app, PostgreSQL and Chromium
        // at once, 5 s (Playwright's default) is sometimes too short for a page to settle.
        Assertions.SetDefaultExpectTimeout(Journeys.Journey.Patience);
        var executable = Environment.GetEnvironmentVariable("FULFILMENT_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {executable} (Debian: apt-get install chromium), or FULFILMENT_CHROMIUM set to it.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>
    /// A fresh context (its own cookies and language). Every action, navigation and expectation in it waits up to
    /// <see cref="Journeys.Journey.Patience"/>: the one timeout policy of the browser tests, set here and nowhere else.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(string baseUrl, string locale = "en-US")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(Journeys.Journey.Patience);
        context.SetDefaultNavigationTimeout(Journeys.Journey.Patience);
        Diagnostics.BrowserRequests.Watch(context);
        _contextsByTest.GetOrAdd(TestContext.Current.Test?.UniqueID ?? "", _ => new()).Enqueue(context);
        return context;
    }

    /// <summary>The contexts a test opened, handed over once (for its report and to be closed when it ends).</summary>
    public IReadOnlyList<IBrowserContext> TakeContextsOf(string testId) =>
        _contextsByTest.TryRemove(testId, out var contexts) ? [.. contexts] : [];

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
