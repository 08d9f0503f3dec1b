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

    private static Task<T> Soon<T>(Task<T> task) => task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

    /// <summary>Step "a" commits and is held in flight; the named steps arrive meanwhile and wait; then "a" is released.</summary>
    private static async Task<(Task<CommitGroups.CommitOutcome> First, (Task<CommitGroups.CommitOutcome>, Task<CommitGroups.CommitOutcome>) Waiting)> GroupBehindTheFirst(
        CommitGroups groups, HeldSends sends, string second, string third)
    {
        var (aw, al) = Step("a");
        var first = groups.Commit(Account, aw, al, sends.Send);
        await sends.FirstInFlight;
        var (bw, bl) = Step(second);
        var (cw, cl) = Step(third);
        var waiting = (groups.Commit(Account, bw, bl, sends.Send), groups.Commit(Account, cw, cl, sends.Send));
        sends.ReleaseFirst();
        return (first, waiting);
    }

    /// <summary>
    /// A send that records every group's statements and holds the first group until <see cref="ReleaseFirst"/>; the
    /// groups after it do what <paramref name="later"/> says for their call number (2, 3 …), else commit.
    /// </summary>
    private sealed class HeldSends(Func<int, Task>? later = null)
    {
        private readonly TaskCompletionSource _firstInFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _releaseFirst = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string[]> Sent { get; } = [];

        public Task Send(IReadOnlyList<NpgsqlBatchCommand> batch)
        {
            int call;
            lock (Sent)
            {
                Sent.Add(Texts(batch));
                call = Sent.Count;
            }

            if (call == 1)
            {
                _firstInFlight.SetResult();
                return _releaseFirst.Task;
            }

            return later?.Invoke(call) ?? Task.CompletedTask;
        }

        public Task FirstInFlight => _firstInFlight.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        public void ReleaseFirst() => _releaseFirst.SetResult();
    }

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
        var sends = new HeldSends();
        var (aw, al) = Step("a");
        var first = groups.Commit(Account, aw, al, sends.Send);
        await sends.FirstInFlight;
        var later = new List<Task<CommitGroups.CommitOutcome>>();
        foreach (var name in new[] { "b", "c", "d" })
        {
            var (w, l) = Step(name);
            later.Add(groups.Commit(Account, w, l, sends.Send));
        }

        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.Single(sends.Sent);
        sends.ReleaseFirst();

        var outcomes = await Soon(Task.WhenAll(later.Prepend(first)));
        Assert.All(outcomes, o => Assert.Equal(CommitGroups.CommitOutcome.Committed, o));
        Assert.Equal(2, sends.Sent.Count);
        Assert.Equal(
            ["b: parcel", "b: timeline", "c: parcel", "c: timeline", "d: parcel", "d: timeline", "b: charge", "c: charge", "d: charge"],
            sends.Sent[1]);
    }

    [Fact]
    public async Task A_group_is_never_larger_than_configured_and_the_rest_follow_in_the_next()
    {
        var groups = Groups(maxSize: 2);
        var sends = new HeldSends();
        var (aw, al) = Step("a");
        var all = new List<Task<CommitGroups.CommitOutcome>> { groups.Commit(Account, aw, al, sends.Send) };
        await sends.FirstInFlight;
        foreach (var name in new[] { "b", "c", "d", "e", "f" })
        {
            var (w, l) = Step(name);
            all.Add(groups.Commit(Account, w, l, sends.Send));
        }

        sends.ReleaseFirst();

        await Soon(Task.WhenAll(all));
        Assert.Equal([1, 2, 2, 1], sends.Sent.Select(batch => batch.Length / 3));
    }

    [Fact]
    public async Task When_a_statement_of_the_group_fails_every_step_of_it_commits_alone()
    {
        var groups = Groups();

        // 40001: one step's order changed since it read it (fulfilment_require).
        var sends = new HeldSends(_ => throw new PostgresException("the order changed since the step read it", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure));
        var (first, (b, c)) = await GroupBehindTheFirst(groups, sends, "b", "c");

        Assert.Equal(CommitGroups.CommitOutcome.Committed, await Soon(first));
        Assert.Equal([CommitGroups.CommitOutcome.Alone, CommitGroups.CommitOutcome.Alone], await Soon(Task.WhenAll(b, c)));
    }

    [Fact]
    public async Task A_broken_connection_reaches_every_step_of_the_group_as_its_own_error_and_the_next_step_still_commits()
    {
        var groups = Groups();
        var sends = new HeldSends(call => call == 2 ? throw new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) : Task.CompletedTask);
        var (first, (b, c)) = await GroupBehindTheFirst(groups, sends, "b", "c");

        Assert.Equal(CommitGroups.CommitOutcome.Committed, await Soon(first));
        await Assert.ThrowsAsync<NpgsqlException>(() => Soon(b));
        await Assert.ThrowsAsync<NpgsqlException>(() => Soon(c));
        var (dw, dl) = Step("d");
        Assert.Equal(CommitGroups.CommitOutcome.Committed, await Soon(groups.Commit(Account, dw, dl, sends.Send)));
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
