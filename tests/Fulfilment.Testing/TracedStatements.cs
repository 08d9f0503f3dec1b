using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Fulfilment.Testing;

/// <summary>
/// The SQL statements an app sent to its database while some work ran, as Npgsql's tracing reports them (EF's named
/// parameters, or plain SQL's <c>$1</c>, before Npgsql sends them). Only statements on the given connection string's
/// database are kept, so tests running at the same time against other databases do not show up.
/// </summary>
public static class TracedStatements
{
    public static async Task<IReadOnlyList<string>> During(string connectionString, Func<Task> work)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var statements = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.GetTagItem("db.namespace") as string == database && a.GetTagItem("db.query.text") is string text)
                {
                    statements.Enqueue(text);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await work();
        return [.. statements];
    }
}
