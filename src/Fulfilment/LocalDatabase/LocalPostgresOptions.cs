namespace Fulfilment.LocalDatabase;

public sealed record LocalPostgresOptions
{
    /// <summary>The folder that holds the cluster (<c>pgdata/</c>) and its log.</summary>
    public required string DataDirectory { get; init; }

    public required string BinDirectory { get; init; }

    public string DatabaseName { get; init; } = "fulfilment";

    /// <summary>For test clusters: no fsync, no synchronous commit. Never for data anyone keeps.</summary>
    public bool Throwaway { get; init; }
}
