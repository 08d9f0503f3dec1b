using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Fulfilment.EndToEnd.Diagnostics;

/// <summary>
/// What a browser context asked for and has not seen answered, and what failed, for the report of a browser test
/// that fails. A page whose <c>load</c> never comes (its URL is right, the server answered it) is waiting for one of
/// these; the server's record alone cannot say which, as a request the browser never sent never reaches it.
/// </summary>
public sealed class BrowserRequests
{
    private const int KeepFailures = 20;
    private static readonly ConditionalWeakTable<IBrowserContext, BrowserRequests> Watched = new();
    private readonly ConcurrentDictionary<IRequest, DateTimeOffset> _waiting = new();
    private readonly ConcurrentQueue<string> _failed = new();

    public static void Watch(IBrowserContext context)
    {
        var requests = Watched.GetValue(context, _ => new BrowserRequests());
        context.Request += (sender, request) => requests._waiting[request] = DateTimeOffset.UtcNow;
        context.RequestFinished += (sender, request) => requests._waiting.TryRemove(request, out _);
        context.RequestFailed += (sender, request) =>
        {
            requests._waiting.TryRemove(request, out _);
            requests._failed.Enqueue($"{request.Method} {request.Url} ({request.ResourceType}): {request.Failure}");
            while (requests._failed.Count > KeepFailures && requests._failed.TryDequeue(out _))
            {
            }
        };
    }

    /// <summary>Lines for the report: requests still waiting (oldest first, with how long) and those that failed.</summary>
    public static IEnumerable<string> Describe(IBrowserContext context)
    {
        if (!Watched.TryGetValue(context, out var requests))
        {
            yield break;
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var (request, since) in requests._waiting.OrderBy(w => w.Value))
        {
            yield return $"still waiting after {(now - since).TotalMilliseconds:F0} ms: {request.Method} {request.Url} ({request.ResourceType})";
        }

        foreach (var failure in requests._failed)
        {
            yield return $"failed: {failure}";
        }
    }
}
