using Fulfilment.DemoData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Fulfilment.Web.Hosting;

/// <summary>Tells the person who ran the command where to go and how to sign in.</summary>
internal static partial class StartupBanner
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready after {DatabaseSeconds:0.0} s; migrated and seeded after {ReadySeconds:0.0} s")]
    public static partial void LogStartup(ILogger logger, double databaseSeconds, double readySeconds);

    public static void PrintWhenStarted(WebApplication app, AppDatabase database) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "Fulfilment is running." };
            lines.AddRange(addresses.Select(a => $"  Open {a}"));
            lines.Add(database.Embedded
                ? $"  Database: private PostgreSQL cluster on 127.0.0.1:{database.Cluster!.Port} (data in {database.Cluster.ClusterDirectory})"
                : "  Database: the server named by ConnectionStrings:Fulfilment");
            if (app.Configuration.GetValue("Fulfilment:SeedDemoData", database.Embedded))
            {
                lines.Add($"  Demo logins (password {DemoSeeder.Password}):");
                lines.Add($"    {DemoSeeder.SellerEmail,-22} seller of \"{DemoSeeder.DemoStoreName}\"");
                lines.Add($"    {DemoSeeder.Seller2Email,-22} seller of \"{DemoSeeder.SecondStoreName}\"");
                lines.Add($"    {DemoSeeder.WarehouseEmail,-22} warehouse staff, Hangzhou collection warehouse");
                lines.Add($"    {DemoSeeder.AdminEmail,-22} admin");
            }

            lines.Add("  Press Ctrl+C to stop.");
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
        });
}
