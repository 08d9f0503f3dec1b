using Microsoft.EntityFrameworkCore.Design;

namespace Fulfilment.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting the app (which would start a database cluster).
/// <c>migrations add</c> needs no server; <c>database update</c> takes FULFILMENT_CONNECTION.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FulfilmentDbContext>
{
    public FulfilmentDbContext CreateDbContext(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable("FULFILMENT_CONNECTION") ?? "Host=127.0.0.1;Database=fulfilment;Username=postgres";
        var options = new DbContextOptionsBuilder<FulfilmentDbContext>();
        FulfilmentServices.Configure(options, connection);
        return FulfilmentDbContext.ActingAs(options.Options, FixedActor.System);
    }
}
