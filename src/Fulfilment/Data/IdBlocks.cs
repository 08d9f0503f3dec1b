using System.Collections.Concurrent;

namespace Fulfilment.Data;

/// <summary>
/// Numbers from a database sequence handed out a block at a time: the sequence moves by <see cref="BlockSize"/>, each
/// <c>nextval</c> reserves the block that starts there, and this process hands the block out from memory, so a
/// parcel's id and waybill serial cost one round trip per twenty parcels instead of one each. Like the sequence itself,
/// a number is never handed out twice, also across instances of the app, and never reused; numbers left in a block
/// when the process stops are skipped.
/// </summary>
public sealed class IdBlocks
{
    /// <summary>The increment of every sequence served in blocks (set on the sequence by the migrations).</summary>
    public const int BlockSize = 20;

    private readonly ConcurrentDictionary<string, Block> _blocks = new(StringComparer.Ordinal);

    /// <summary>The next number of <paramref name="sequence"/>.</summary>
    public async Task<long> Next(FulfilmentDbContext db, string sequence, CancellationToken ct)
    {
        var block = _blocks.GetOrAdd(sequence, _ => new Block());
        if (block.TryTake(out var number))
        {
            return number;
        }

        var start = await db.ScalarAsync<long>("SELECT nextval(@sequence::regclass)", ct, ("sequence", sequence));
        return block.Refill(start);
    }

    private sealed class Block
    {
        private readonly Lock _lock = new();
        private long _next;
        private long _end;

        public bool TryTake(out long number)
        {
            lock (_lock)
            {
                number = _next;
                if (_next < _end)
                {
                    _next++;
                    return true;
                }

                return false;
            }
        }

        /// <summary>Takes the first number of a freshly reserved block; the rest replaces what is left of the old one.</summary>
        public long Refill(long start)
        {
            lock (_lock)
            {
                _next = start + 1;
                _end = start + BlockSize;
                return start;
            }
        }
    }
}
