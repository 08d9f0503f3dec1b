using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Fulfilment.Data;

/// <summary>A row that every step of a store locks (the store's freight account), named by its table and key.</summary>
public readonly record struct HotRow(string Table, long Key);

/// <summary>
/// How many steps at a time may work towards one <see cref="HotRow"/> (a ship reading and deciding; another charging
/// step sending its last batch), and for how long a step waits.
/// </summary>
public sealed class HotRowGateOptions
{
    public const string Section = "Fulfilment:HotRowGate";

    /// <summary>
    /// Steps let through at a time per row; 0 turns the gate off. Four measured best once the benchmark counted only real
    /// ships (bench/README.md, "The ship benchmark counted replays"), and eight no better with group commit ("Ship-order
    /// in groups").
    /// </summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>After this long a step goes ahead without its turn.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Lets only a few steps at a time work towards a hot row. A ship knows its row before it begins and takes its turn
/// before it reads, keeping it while it reads and decides (the queueAt of
/// <see cref="UnitOfWork.Run{T}(Func{CancellationToken, Task{Common.Result{T}}}, CancellationToken, HotRow?)"/>); its
/// writes then commit in a group (<see cref="CommitGroups"/>). With 32 requests at once, only four of a store's ships
/// hold a connection and the CPU, which cost the app and PostgreSQL about a tenth less CPU per ship than letting all 32
/// read and decide at once (bench/README.md, "Plain SQL and the step-wide turn"). Any other charging step takes its turn
/// for its last batch only. PostgreSQL queues transactions waiting for a row lock itself, but every waiter costs it CPU
/// (lock manager, tuple lock, the recheck of the updated row at wake-up) and every commit wakes the queue: the bare
/// charge statement, 32 clients on one account row, ran at a third of what 2 clients reach (bench/README.md). Waiting
/// here costs nothing. It is a throttle, not a lock: the row lock still decides who charges what, and a step that waited
/// <see cref="HotRowGateOptions.MaxWait"/> goes ahead without its turn, so a step that already holds a lock another gated
/// step needs never waits forever.
/// </summary>
public sealed class HotRowGate(IOptions<HotRowGateOptions> options)
{
    private readonly ConcurrentDictionary<HotRow, SemaphoreSlim> _gates = new();
    private readonly HotRowGateOptions _options = options.Value;

    /// <summary>Waits for a turn at <paramref name="row"/>; disposing the answer ends the turn.</summary>
    public async ValueTask<Turn> EnterAsync(HotRow row, CancellationToken ct)
    {
        if (_options.Concurrency <= 0)
        {
            return default;
        }

        var gate = _gates.GetOrAdd(row, static (_, n) => new SemaphoreSlim(n, n), _options.Concurrency);
        return await gate.WaitAsync(_options.MaxWait, ct) ? new Turn(gate) : default;
    }

    /// <summary>A turn at a gate (or none, when the gate is off or the wait ran out).</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public bool Taken => gate is not null;

        public void Dispose() => gate?.Release();
    }
}
