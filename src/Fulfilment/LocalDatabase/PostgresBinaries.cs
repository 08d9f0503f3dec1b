namespace Fulfilment.LocalDatabase;

/// <summary>Finds the machine's PostgreSQL server programs (initdb, pg_ctl).</summary>
public static class PostgresBinaries
{
    public const string InstallHint =
        "Install PostgreSQL's server programs (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: `brew install postgresql`), " +
        "or set the environment variable Fulfilment__PostgresBinDirectory to the folder holding initdb and pg_ctl, " +
        "or point the app at a running server with ConnectionStrings__Fulfilment=\"Host=...;Database=...;Username=...;Password=...\".";

    /// <summary>The configured folder, else the newest /usr/lib/postgresql/N/bin, else a folder on PATH holding pg_ctl.</summary>
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured) ? configured : null;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => HasServer(d.Dir))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
        if (debian is not null)
        {
            return debian;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServer);
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));
}
