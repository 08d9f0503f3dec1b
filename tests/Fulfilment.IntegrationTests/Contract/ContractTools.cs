namespace Fulfilment.IntegrationTests.Contract;

/// <summary>
/// The tools the contract tests run on the served document: Spectral (npm, installed into <c>tools/contract</c> on first
/// use from its lock file) and Kiota (a local dotnet tool from <c>dotnet-tools.json</c>). Only the npm and NuGet
/// registries are needed, once; both tools then run offline.
/// </summary>
internal static class ContractTools
{
    private static readonly SemaphoreSlim NpmInstall = new(1, 1);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ContractDirectory => Path.Combine(RepositoryRoot, "tools", "contract");

    /// <summary>Runs <paramref name="file"/> and answers its exit code and output; fails the test after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} took longer than {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The Spectral CLI, installed with <c>npm ci</c> into tools/contract when it is not there yet.</summary>
    public static async Task<string> SpectralAsync()
    {
        var spectral = Path.Combine(ContractDirectory, "node_modules", ".bin", "spectral");
        await NpmInstall.WaitAsync();
        try
        {
            if (!File.Exists(spectral))
            {
                var (code, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ContractDirectory, TimeSpan.FromMinutes(5));
                Assert.True(code == 0, $"npm ci in tools/contract failed ({code}); Node.js 20 and npm are needed.\n{output}\n{error}");
            }
        }
        finally
        {
            NpmInstall.Release();
        }

        return spectral;
    }

    /// <summary>Writes <paramref name="text"/> to a new temporary file with <paramref name="extension"/>.</summary>
    public static string TempFile(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulfilment-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fulfilment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Fulfilment.sln) was not found above the test's directory.");
    }
}
