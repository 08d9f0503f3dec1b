using Fulfilment.Data;
using Microsoft.Extensions.Options;

namespace Fulfilment.UnitTests;

public sealed class HotRowGateTests
{
    private static readonly HotRow Account = new("freight_accounts", 1);

    private static HotRowGate Gate(int concurrency, TimeSpan maxWait) =>
        new(Options.Create(new HotRowGateOptions { Concurrency = concurrency, MaxWait = maxWait }));

    [Fact]
    public async Task Only_as_many_steps_as_configured_hold_a_turn_at_one_row()
    {
        var gate = Gate(2, TimeSpan.FromMinutes(1));
        using var first = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);
        var secondTurn = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);
        var third = gate.EnterAsync(Account, TestContext.Current.CancellationToken).AsTask();

        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);

        secondTurn.Dispose();
        using var thirdTurn = await third.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.True(first.Taken && thirdTurn.Taken);
    }

    [Fact]
    public async Task Another_store_s_row_has_its_own_turns()
    {
        var gate = Gate(1, TimeSpan.FromMinutes(1));
        using var busy = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);

        var other = gate.EnterAsync(Account with { Key = 2 }, TestContext.Current.CancellationToken).AsTask();

        using var turn = await other.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.True(turn.Taken);
    }

    [Fact]
    public async Task A_step_that_waited_too_long_goes_ahead_without_a_turn_so_nothing_waits_forever()
    {
        var gate = Gate(1, TimeSpan.FromMilliseconds(50));
        var held = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);

        using var late = await gate.EnterAsync(Account, TestContext.Current.CancellationToken).AsTask()
            .WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.False(late.Taken);
        held.Dispose();
        using var next = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);
        Assert.True(next.Taken); // going ahead did not use up a turn
    }

    [Fact]
    public async Task Turned_off_the_gate_never_waits()
    {
        var gate = Gate(0, TimeSpan.FromMinutes(1));
        using var first = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);
        using var second = await gate.EnterAsync(Account, TestContext.Current.CancellationToken);
        Assert.False(first.Taken || second.Taken);
    }
}
