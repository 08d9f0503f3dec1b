namespace Fulfilment.Common;

/// <summary>
/// Typed data a <see cref="Problem"/> carries (what is missing, which parcels, which channel). Callers match on the record
/// type; <see cref="Members"/> names the problem details' extension members the API writes, in order.
/// </summary>
public abstract record ProblemData
{
    public abstract IReadOnlyDictionary<string, object?> Members();
}
