using Fulfilment.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fulfilment.UnitTests;

/// <summary>
/// Group commit at a hot row: a step alone commits alone; steps that arrive while a group is being sent go together in
/// the next one, every step's writes before every step's charge; a failed group sends each step back to commit alone.
/// </summary>
public sealed class CommitGroupsTests
{
    private static readonly HotRow Account = new("freight_accounts", 1);

    private static CommitGroups Groups(int maxSize = 16, int inFlight = 1) =>
        new(Options.Create(new CommitGroupOptions { MaxSize = maxSize, InFlight = inFlight }));

    private static (NpgsqlBatchCommand[] Writes, NpgsqlBatchCommand[] Last) Step(string name) =>
        ([new($"{name}: parcel"), new($"{name}: timeline")], [new($"{name}: charge")]);

    private static string[] Texts(IReadOnlyList<NpgsqlBatchCommand> batch) => [.. batch.Select(c => c.CommandText)];

    [Fact]
    public async Task A_step_with_nobody_waiting_commits_alone_at_once()
    {
        var groups = Groups();
        var sent = new List<string[]>();
        var (writes, last) = Step("a");

        var outcome = await groups.Commit(Account, writes, last, batch =>
        {
            sent.Add(Texts(batch));
            return Task.CompletedTask;
        });

        Assert.Equal(CommitGroups.CommitOutcome.Committed, outcome);
        Assert.Equal(["a: parcel", "a: timeline", "a: charge"], Assert.Single(sent));
    }

    [Fact]
    public async Task Steps_arriving_while_a_group_is_sent_go_together_in_the_next_with_every_charge_after_every_write()
    {
        var groups = Groups();
        var sent = new List<string[]>();
        var firstInFlight = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();

        Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            lock (sent)
            {
                sent.Add(Texts(batch));
            }

            if (sent.Count == 1)
            {
                firstInFlight.SetResult();
                return releaseFirst.Task;
            }

            return Task.CompletedTask;
        }

        var (aw, al) = Step("a");
        var first = groups.Commit(Account, aw, al, Send);
        await firstInFlight.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var later = new List<Task<CommitGroups.CommitOutcome>>();
        foreach (var name in new[] { "b", "c", "d" })
        {
            var (w, l) = Step(name);
            later.Add(groups.Commit(Account, w, l, Send));
        }

        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.Single(sent);
        releaseFirst.SetResult();

        var outcomes = await Task.WhenAll(later.Prepend(first)).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.All(outcomes, o => Assert.Equal(CommitGroups.CommitOutcome.Committed, o));
        Assert.Equal(2, sent.Count);
        Assert.Equal(
            ["b: parcel", "b: timeline", "c: parcel", "c: timeline", "d: parcel", "d: timeline", "b: charge", "c: charge", "d: charge"],
            sent[1]);
    }

    [Fact]
    public async Task A_group_is_never_larger_than_configured_and_the_rest_follow_in_the_next()
    {
        var groups = Groups(maxSize: 2);
        var sizes = new List<int>();
        var firstInFlight = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();

        Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            lock (sizes)
            {
                sizes.Add(batch.Count / 3);
            }

            if (sizes.Count == 1)
            {
                firstInFlight.SetResult();
                return releaseFirst.Task;
            }

            return Task.CompletedTask;
        }

        var (aw, al) = Step("a");
        var all = new List<Task<CommitGroups.CommitOutcome>> { groups.Commit(Account, aw, al, Send) };
        await firstInFlight.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        foreach (var name in new[] { "b", "c", "d", "e", "f" })
        {
            var (w, l) = Step(name);
            all.Add(groups.Commit(Account, w, l, Send));
        }

        releaseFirst.SetResult();

        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal([1, 2, 2, 1], sizes);
    }

    [Fact]
    public async Task When_a_statement_of_the_group_fails_every_step_of_it_commits_alone()
    {
        var groups = Groups();
        var firstInFlight = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var calls = 0;

        Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                firstInFlight.SetResult();
                return releaseFirst.Task;
            }

            // 40001: one step's order changed since it read it (fulfilment_require).
            throw new PostgresException("the order changed since the step read it", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure);
        }

        var (aw, al) = Step("a");
        var first = groups.Commit(Account, aw, al, Send);
        await firstInFlight.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var (bw, bl) = Step("b");
        var (cw, cl) = Step("c");
        var b = groups.Commit(Account, bw, bl, Send);
        var c = groups.Commit(Account, cw, cl, Send);
        releaseFirst.SetResult();

        Assert.Equal(CommitGroups.CommitOutcome.Committed, await first.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal([CommitGroups.CommitOutcome.Alone, CommitGroups.CommitOutcome.Alone], await Task.WhenAll(b, c).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_broken_connection_reaches_every_step_of_the_group_as_its_own_error_and_the_next_step_still_commits()
    {
        var groups = Groups();
        var firstInFlight = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var calls = 0;

        Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    firstInFlight.SetResult();
                    return releaseFirst.Task;
                case 2:
                    throw new NpgsqlException("Exception while reading from stream", new EndOfStreamException());
                default:
                    return Task.CompletedTask;
            }
        }

        var (aw, al) = Step("a");
        var first = groups.Commit(Account, aw, al, Send);
        await firstInFlight.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var (bw, bl) = Step("b");
        var (cw, cl) = Step("c");
        var b = groups.Commit(Account, bw, bl, Send);
        var c = groups.Commit(Account, cw, cl, Send);
        releaseFirst.SetResult();

        Assert.Equal(CommitGroups.CommitOutcome.Committed, await first.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<NpgsqlException>(() => b.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<NpgsqlException>(() => c.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        var (dw, dl) = Step("d");
        Assert.Equal(CommitGroups.CommitOutcome.Committed, await groups.Commit(Account, dw, dl, Send).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_two_groups_in_flight_the_second_step_leads_at_once_and_the_third_waits_for_either()
    {
        var groups = Groups(inFlight: 2);
        var sent = new List<string[]>();
        var inFlight = new[] { new TaskCompletionSource(), new TaskCompletionSource() };
        var release = new[] { new TaskCompletionSource(), new TaskCompletionSource() };

        Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            int n;
            lock (sent)
            {
                sent.Add(Texts(batch));
                n = sent.Count;
            }

            if (n <= 2)
            {
                inFlight[n - 1].SetResult();
                return release[n - 1].Task;
            }

            return Task.CompletedTask;
        }

        var (aw, al) = Step("a");
        var (bw, bl) = Step("b");
        var (cw, cl) = Step("c");
        var a = groups.Commit(Account, aw, al, Send);
        await inFlight[0].Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var b = groups.Commit(Account, bw, bl, Send);
        await inFlight[1].Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var c = groups.Commit(Account, cw, cl, Send);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.Equal(2, sent.Count);

        release[1].SetResult();
        Assert.Equal(CommitGroups.CommitOutcome.Committed, await b.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal(CommitGroups.CommitOutcome.Committed, await c.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        release[0].SetResult();
        Assert.Equal(CommitGroups.CommitOutcome.Committed, await a.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal([["a: parcel", "a: timeline", "a: charge"], ["b: parcel", "b: timeline", "b: charge"], ["c: parcel", "c: timeline", "c: charge"]], sent);
    }

    [Fact]
    public void A_group_size_of_one_turns_grouping_off()
    {
        Assert.False(Groups(maxSize: 1).Enabled);
        Assert.True(Groups().Enabled);
    }
}
