using System.Collections.Concurrent;
using System.Reflection;
using Xunit.v3;

namespace Fulfilment.EndToEnd.Diagnostics;

/// <summary>
/// After every browser test, its output gets where each of its pages stood (address, the messages it shows) and what
/// the server did meanwhile (<see cref="ServerRecord"/>); then the test's browser contexts are closed. The output is
/// shown for a test that fails, so a timeout ("still at /Admin/Channels") comes with the server's side: was the
/// request made, answered, how fast, with what.
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
            foreach (var page in contexts.SelectMany(c => c.Pages))
            {
                report.Append("  ").Append(page.Url).Append(' ').AppendLine(await MessagesOnAsync(page));
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
