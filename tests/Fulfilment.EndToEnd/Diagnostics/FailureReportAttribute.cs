using System.Collections.Concurrent;
using System.Reflection;
using Xunit.v3;

namespace Fulfilment.EndToEnd.Diagnostics;

/// <summary>
/// After every browser test, its output gets where each of its pages stood (address, how far it loaded, the messages it
/// shows), the browser's requests still waiting or failed (<see cref="BrowserRequests"/>), and what the server did
/// meanwhile (<see cref="ServerRecord"/>); then the test's browser contexts are closed. The output is shown for a test
/// that fails, so a timeout ("still at /Admin/Channels") comes with both sides: was the request made, answered, how
/// fast, with what, and what the browser still waits for.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class FailureReportAttribute : BeforeAfterTestAttribute
{
    private static readonly ConcurrentDictionary<string, DateTimeOffset> Began = new();

    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => Began[test.UniqueID] = DateTimeOffset.UtcNow;

    // xunit's hooks are synchronous; the report's work runs off the test's synchronization context and is waited for.
    public override void After(MethodInfo methodUnderTest, IXunitTest test) => Task.Run(() => ReportAndCloseAsync(test)).GetAwaiter().GetResult();

    private static async Task ReportAndCloseAsync(IXunitTest test)
    {
        var began = Began.TryRemove(test.UniqueID, out var at) ? at : DateTimeOffset.MinValue;
        var browser = await TestContext.Current.GetFixture(typeof(Browser)) as Browser;
        var contexts = browser?.TakeContextsOf(test.UniqueID) ?? [];
        var output = TestContext.Current.TestOutputHelper;
        if (output is not null)
        {
            var report = new StringBuilder($"Pages at the end of the test ({DateTimeOffset.UtcNow:HH:mm:ss.fff} UTC):\n");
            foreach (var context in contexts)
            {
                foreach (var page in context.Pages)
                {
                    report.Append("  ").Append(page.Url).Append(' ').Append(await ReadyStateOfAsync(page)).Append(' ').AppendLine(await MessagesOnAsync(page));
                }

                foreach (var line in BrowserRequests.Describe(context))
                {
                    report.Append("    the browser's request ").AppendLine(line);
                }
            }

            if (await TestContext.Current.GetFixture(typeof(LiveApp)) is LiveApp app)
            {
                report.Append("The server during the test (requests as they began; its warnings and errors):\n").AppendLine(app.Record.Since(began));
            }

            output.WriteLine(report.ToString());
        }

        foreach (var context in contexts)
        {
            await CloseQuietlyAsync(context);
        }
    }

    /// <summary>"loading", "interactive" (the document is read, a subresource is not) or "complete" (its load event came).</summary>
    private static async Task<string> ReadyStateOfAsync(IPage page)
    {
        try
        {
            return "(" + await page.EvaluateAsync<string>("() => document.readyState").WaitAsync(TimeSpan.FromSeconds(5)) + ")";
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return "(ready state not readable)";
        }
    }

    private static async Task<string> MessagesOnAsync(IPage page)
    {
        try
        {
            var messages = await Journey.MessagesAsync(page).WaitAsync(TimeSpan.FromSeconds(5));
            return messages.Length == 0 ? "" : "shows: " + string.Join(" | ", messages);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return $"(not readable: {e.Message.Split('\n')[0]})";
        }
    }

    private static async Task CloseQuietlyAsync(IBrowserContext context)
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Already closed with its browser or by the test itself.
        }
    }
}
