using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Core;
using Serilog.Events;

namespace Fulfilment.EndToEnd.Diagnostics;

/// <summary>
/// What the server of one scenario class did, for the report of a browser test that fails: every request (when it
/// began, how long it took, its status, or that it has not finished) and the app's warnings and errors. A browser
/// test that times out sees only that "nothing happened"; this says whether the server was asked, answered, and how.
/// </summary>
public sealed class ServerRecord : ILogEventSink, IStartupFilter
{
    private const int Keep = 400;
    private readonly ConcurrentQueue<(DateTimeOffset At, string Line)> _lines = new();
    private readonly ConcurrentDictionary<long, (DateTimeOffset Began, string Request)> _inFlight = new();
    private long _next;

    public void Emit(LogEvent logEvent)
    {
        var exception = logEvent.Exception is { } e ? $" [{e.GetType().Name}: {e.Message}]" : "";
        Add(logEvent.Timestamp.ToUniversalTime(), $"{logEvent.Level} {logEvent.Properties.GetValueOrDefault("SourceContext")}: {logEvent.RenderMessage()}{exception}");
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextStep) =>
        {
            var id = Interlocked.Increment(ref _next);
            var began = DateTimeOffset.UtcNow;
            var request = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
            var clock = Stopwatch.StartNew();
            _inFlight[id] = (began, request);
            try
            {
                await nextStep(context);
                var took = clock.ElapsedMilliseconds;
                if (!Routine(context, took))
                {
                    Add(began, $"{request} → {context.Response.StatusCode} in {took} ms");
                }
            }
            catch (Exception e)
            {
                Add(began, $"{request} → {e.GetType().Name} after {clock.ElapsedMilliseconds} ms: {e.Message}");
                throw;
            }
            finally
            {
                _inFlight.TryRemove(id, out _);
            }
        });
        next(app);
    };

    /// <summary>A static file (scripts, styles, fonts) served quickly and well: noise in a report.</summary>
    private static bool Routine(HttpContext context, long milliseconds) =>
        Path.HasExtension(context.Request.Path.Value) && context.Response.StatusCode < 400 && milliseconds < 1_000;

    /// <summary>The requests begun and the events logged since <paramref name="since"/>, oldest first, then what is still running.</summary>
    public string Since(DateTimeOffset since)
    {
        var now = DateTimeOffset.UtcNow;
        var lines = _lines.Where(l => l.At >= since).OrderBy(l => l.At).Select(l => $"  {l.At:HH:mm:ss.fff} {l.Line}").ToList();
        lines.AddRange(_inFlight.Values.OrderBy(r => r.Began).Select(r => $"  {r.Began:HH:mm:ss.fff} {r.Request} → still running after {(now - r.Began).TotalMilliseconds:0} ms"));
        return lines.Count == 0 ? "  (nothing)" : string.Join('\n', lines);
    }

    private void Add(DateTimeOffset at, string line)
    {
        _lines.Enqueue((at, line));
        while (_lines.Count > Keep)
        {
            _lines.TryDequeue(out _);
        }
    }
}
