using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Fulfilment.Data;

/// <summary>How many steps' last batches one transaction may carry (<see cref="CommitGroups"/>).</summary>
public sealed class CommitGroupOptions
{
    public const string Section = "Fulfilment:CommitGroups";

    /// <summary>Steps committed together at most; 1 commits every step on its own.</summary>
    public int MaxSize { get; set; } = 16;

    /// <summary>
    /// Groups of one row sent at once: while one waits for its commit to reach the disk, the next is under way (its
    /// charges wait for the row until the first commits). Two measured about a tenth more ships than one
    /// (bench/README.md, "Ship-order in groups").
    /// </summary>
    public int InFlight { get; set; } = 2;
}

/// <summary>
/// Group commit for the steps that end on one hot row (a store's ships all charge its freight account). Each step reads
/// and decides on its own, outside any transaction, and queues every write it makes (<see cref="UnitOfWork.AtCommit"/>);
/// its writes then wait here. One step at a time per row sends a batch: BEGIN, the writes of every step waiting, each
/// step's charge last, COMMIT. The steps that arrived while a batch was in flight go in the next one, so a store shipping
/// one parcel at a time commits alone, and a store shipping many commits them a few at a time: one commit, one fsync and
/// one wait for the account row instead of one each (bench/README.md, "Ship-order in groups").
/// <para>
/// Each step stays whole: its statements carry their own conditions (the order's version, the credit covering the
/// charge, the key's uniqueness), and should any statement of a group fail, the transaction rolls back and every step
/// of the group sends its own writes again, alone, where it meets its own outcome exactly as before (a rerun after a
/// lost race, the stored answer for a racing twin). So no step's effects are ever committed in part, or depend on
/// another step of its group.
/// </para>
/// </summary>
public sealed class CommitGroups(IOptions<CommitGroupOptions> options)
{
    private readonly ConcurrentDictionary<HotRow, Queue> _queues = new();
    private readonly int _maxSize = Math.Max(1, options.Value.MaxSize);
    private readonly int _inFlight = Math.Max(1, options.Value.InFlight);

    /// <summary>Whether steps are grouped at all (a group of one is a step committing alone).</summary>
    public bool Enabled => _maxSize > 1;

    /// <summary>
    /// Commits <paramref name="writes"/> (then <paramref name="last"/>) with those of the other steps waiting at
    /// <paramref name="row"/>. Answers <see cref="CommitOutcome.Committed"/>, or <see cref="CommitOutcome.Alone"/> when
    /// the group failed and the step must send its writes on its own; an error that leaves the outcome unknown (a broken
    /// connection) is thrown, as it would be for a step committing alone.
    /// </summary>
    /// <param name="row">The hot row the step's last statements lock.</param>
    /// <param name="writes">The step's writes.</param>
    /// <param name="last">The step's statements that lock <paramref name="row"/>: after every write of the group.</param>
    /// <param name="send">Sends a group's batch on the caller's connection, should the caller lead this group.</param>
    public async Task<CommitOutcome> Commit(
        HotRow row,
        IReadOnlyList<NpgsqlBatchCommand> writes,
        IReadOnlyList<NpgsqlBatchCommand> last,
        Func<IReadOnlyList<NpgsqlBatchCommand>, Task> send)
    {
        var queue = _queues.GetOrAdd(row, static _ => new Queue());
        var member = new Member(writes, last);
        bool lead;
        lock (queue)
        {
            lead = queue.Sending < _inFlight;
            if (lead)
            {
                queue.Sending++;
            }
            else
            {
                queue.Waiting.Add(member);
            }
        }

        if (!lead && await member.Done.Task is var answer && answer.Outcome != CommitOutcome.Lead)
        {
            answer.Error?.Throw();
            return answer.Outcome;
        }

        return await Lead(queue, member, send);
    }

    private async Task<CommitOutcome> Lead(Queue queue, Member self, Func<IReadOnlyList<NpgsqlBatchCommand>, Task> send)
    {
        List<Member> group;
        lock (queue)
        {
            // The leader arrived when fewer groups were under way than allowed, or was the first in line when one ended.
            group = [self, .. queue.Waiting.Take(_maxSize - 1)];
            queue.Waiting.RemoveRange(0, group.Count - 1);
        }

        Answer result;
        try
        {
            List<NpgsqlBatchCommand> batch = [.. group.SelectMany(m => m.Writes), .. group.SelectMany(m => m.Last)];
            await send(batch);
            result = new Answer(CommitOutcome.Committed, null);
        }
        catch (PostgresException)
        {
            // A statement's condition failed or a key was taken: whose it was is each step's own business, alone.
            result = new Answer(CommitOutcome.Alone, null);
        }
        catch (Exception e)
        {
            result = new Answer(CommitOutcome.Alone, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
        }
        finally
        {
            lock (queue)
            {
                if (queue.Waiting.Count > 0)
                {
                    var next = queue.Waiting[0];
                    queue.Waiting.RemoveAt(0);
                    next.Done.TrySetResult(new Answer(CommitOutcome.Lead, null));
                }
                else
                {
                    queue.Sending--;
                }
            }
        }

        foreach (var member in group)
        {
            if (member != self)
            {
                member.Done.TrySetResult(result);
            }
        }

        result.Error?.Throw();
        return result.Outcome;
    }

    /// <summary>What became of a step's writes.</summary>
    public enum CommitOutcome
    {
        /// <summary>Committed with its group.</summary>
        Committed,

        /// <summary>Not committed: the step sends its writes again, on its own.</summary>
        Alone,

        /// <summary>For a waiting step: the previous group is done, and it leads the next.</summary>
        Lead,
    }

    private sealed record Answer(CommitOutcome Outcome, System.Runtime.ExceptionServices.ExceptionDispatchInfo? Error);

    private sealed class Member(IReadOnlyList<NpgsqlBatchCommand> writes, IReadOnlyList<NpgsqlBatchCommand> last)
    {
        public IReadOnlyList<NpgsqlBatchCommand> Writes { get; } = writes;

        public IReadOnlyList<NpgsqlBatchCommand> Last { get; } = last;

        public TaskCompletionSource<Answer> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Queue
    {
        /// <summary>Steps waiting for a group to go in, or for the lead of one.</summary>
        public List<Member> Waiting { get; } = [];

        /// <summary>Groups being sent. Nobody waits while fewer than allowed are.</summary>
        public int Sending { get; set; }
    }
}
